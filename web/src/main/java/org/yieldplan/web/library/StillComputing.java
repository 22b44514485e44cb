package org.yieldplan.web.library;

/**
 * A saved scenario whose result is being computed in the background and was not ready within the
 * request's time: the page says so, with the progress, and asks again shortly.
 */
public final class StillComputing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ScenarioEntry entry;
    private final double progress;

    StillComputing(ScenarioEntry entry, double progress) {
        super("'" + entry.scenario().name() + "' is still being computed (" + Math.round(progress * 100) + " % done)");
        this.entry = entry;
        this.progress = progress;
    }

    /** The scenario. */
    public ScenarioEntry entry() {
        return entry;
    }

    /** The share of the simulation done, 0 to 1. */
    public double progress() {
        return progress;
    }
}
