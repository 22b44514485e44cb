package org.yieldplan.web.pages;

import java.util.List;
import org.yieldplan.web.Problem;

/**
 * An error shown as a page.
 *
 * @param status   the HTTP status
 * @param message  what went wrong, for a person
 * @param problems the details
 */
public record ErrorPage(int status, String message, List<Problem> problems) {

    public ErrorPage {
        problems = List.copyOf(problems);
    }

    /** A short title for the status. */
    public String title() {
        return switch (status) {
            case 400 -> "That request could not be read";
            case 403 -> "Refused";
            case 404 -> "Not found";
            case 413 -> "Too large";
            case 421 -> "Wrong host name";
            case 507 -> "The disk is full";
            case 415 -> "Not a file yieldplan can read";
            case 422 -> "Some inputs need fixing";
            case 503 -> "Busy";
            default -> "Something went wrong";
        };
    }
}
