package org.yieldplan.web.api;

import java.util.List;
import org.yieldplan.web.Problem;

/**
 * The body of every API error: {@code {"error": "...", "problems": [{field|sheet, row, column, message}]}}.
 *
 * @param error    what went wrong
 * @param problems the details, each with its field or place; may be empty
 */
public record ApiError(String error, List<Problem> problems) {

    public ApiError {
        problems = List.copyOf(problems);
    }
}
