package org.yieldplan.web;

import io.javalin.http.Context;
import java.util.List;

/** Whole-number query parameters of paged lists ({@code ?offset=}, {@code ?page=}...), checked. */
public final class Paging {

    private Paging() {
    }

    /**
     * The parameter's value, or the default when it is absent.
     *
     * @throws WebError 400 naming the parameter when it is not a whole number from min to max
     */
    public static int param(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        String message = name + ": must be a whole number from " + min + " to " + max;
        throw new WebError(400, message, List.of(Problem.ofField(name, message)));
    }
}
