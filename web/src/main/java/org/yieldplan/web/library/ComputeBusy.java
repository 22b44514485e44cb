package org.yieldplan.web.library;

/** The computation queue is full, or a computation did not finish within its request's time: try again later. */
public final class ComputeBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    ComputeBusy(String message, int retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds to wait before trying again (the {@code Retry-After} header). */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
