package org.yieldplan.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.yieldplan.simulation.SimulationProgress;

/** Progress on stderr for a simulation that runs longer than a second: paths done and time left. */
final class Progress implements SimulationProgress {

    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintStream err;
    private final long started = System.nanoTime();
    private long last;
    private boolean printed;

    /** Progress to {@code err}, or none when it is null. */
    Progress(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void update(int done, int total) {
        long now = System.nanoTime();
        if (err == null || now - started < QUIET_NANOS || now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        double elapsed = (now - started) / 1e9;
        double left = done > 0 ? elapsed * (total - done) / done : 0;
        err.printf(Locale.US, "\rsimulating: %,d / %,d paths, about %.0f s left   ", done, total, left);
        err.flush();
        printed = true;
    }

    /** Ends the progress line, if one was printed. */
    synchronized void finish() {
        if (printed) {
            err.printf(Locale.US, "\rsimulated in %.1f s%s%n", (System.nanoTime() - started) / 1e9, " ".repeat(30));
        }
    }
}
