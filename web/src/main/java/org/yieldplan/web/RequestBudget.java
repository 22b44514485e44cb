package org.yieldplan.web;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * One time budget per request, covering reading the upload, computing and rendering: it starts when
 * the request arrives ({@link #start}); each step takes what is left. A page that would wait for a
 * computation longer than the site's page wait (2 s) shows "still computing" instead, and the
 * computation goes on in the background.
 */
public final class RequestBudget {

    /** The whole request's time. */
    public static final Duration REQUEST = Duration.ofSeconds(30);
    private static final String KEY = "yp.deadline";
    private static final String WAIT = "yp.pageWait";

    private final Duration pageWait;

    /** @param pageWait how long a page or a GET waits for a saved scenario's result before saying it is still computing */
    public RequestBudget(Duration pageWait) {
        this.pageWait = pageWait;
    }

    /** A before-handler: the clock starts. */
    public void start(Context ctx) {
        ctx.attribute(KEY, System.nanoTime() + REQUEST.toNanos());
        ctx.attribute(WAIT, pageWait);
    }

    /** What is left of the request's time (at least 1 ms, so that a step fails by timing out, not by refusing). */
    public static Duration remaining(Context ctx) {
        Long deadline = ctx.attribute(KEY);
        long left = deadline == null ? REQUEST.toNanos() : deadline - System.nanoTime();
        return Duration.ofNanos(Math.max(1_000_000, left));
    }

    /** What a GET waits for a result: what is left, at most the site's page wait. */
    public static Duration pageWait(Context ctx) {
        Duration left = remaining(ctx);
        Duration most = ctx.attribute(WAIT);
        return most == null || left.compareTo(most) < 0 ? left : most;
    }
}
