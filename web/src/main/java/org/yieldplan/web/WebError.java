package org.yieldplan.web;

import java.util.List;

/**
 * A request that cannot be served as asked, with the HTTP status and what to tell the user;
 * {@link ErrorMapping} renders it as a page or as JSON.
 */
public final class WebError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Problem> problems;

    public WebError(int status, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public WebError(int status, String message) {
        this(status, message, List.of());
    }

    /** 404 for a scenario, template or file that does not exist. */
    public static WebError notFound(String what) {
        return new WebError(404, what + " was not found");
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The details, each with its field or place. */
    public List<Problem> problems() {
        return problems;
    }
}
