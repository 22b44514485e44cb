package org.yieldplan.simulation;

/** Told how many paths are done; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface SimulationProgress {

    /** Reports nothing. */
    SimulationProgress NONE = (done, total) -> { };

    /**
     * @param done  paths finished so far (main run and safe-withdrawal search count once each)
     * @param total paths in all
     */
    void update(int done, int total);
}
