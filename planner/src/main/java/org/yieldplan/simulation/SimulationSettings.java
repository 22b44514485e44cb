package org.yieldplan.simulation;

import org.yieldplan.input.InvalidField;
/**
 * How to run the Monte Carlo simulation. Every field may be left out (null) for its default.
 *
 * @param paths             number of paths (default 10,000), 1 to 1,000,000
 * @param seed              the seed (default 42): the same seed gives the same numbers on any number of threads
 * @param targetSuccess     the success probability the safe withdrawal must meet, in (0, 1) (default 0.9)
 * @param shocks            normal (default) or student-t price shocks
 * @param degreesOfFreedom  ν for student-t shocks, a whole number from 3 to 100 (default 4)
 * @param rebalanceAnnually reset the buckets to their starting weights every year (default true)
 */
public record SimulationSettings(Integer paths, Long seed, Double targetSuccess, Shocks shocks, Integer degreesOfFreedom,
                                 Boolean rebalanceAnnually) {

    /** Default number of paths. */
    public static final int DEFAULT_PATHS = 10_000;

    public SimulationSettings {
        paths = paths == null ? DEFAULT_PATHS : paths;
        seed = seed == null ? 42L : seed;
        targetSuccess = targetSuccess == null ? 0.9 : targetSuccess;
        shocks = shocks == null ? Shocks.NORMAL : shocks;
        degreesOfFreedom = degreesOfFreedom == null ? 4 : degreesOfFreedom;
        rebalanceAnnually = rebalanceAnnually == null || rebalanceAnnually;
        if (paths < 1 || paths > 1_000_000) {
            throw new InvalidField("simulation.paths", "must be 1 to 1,000,000, got " + paths);
        }
        if (!(targetSuccess > 0 && targetSuccess < 1)) {
            throw new InvalidField("simulation.targetSuccess", "must be a probability strictly between 0 and 1"
                    + " (0.9 is 90 %), got " + targetSuccess);
        }
        if (degreesOfFreedom < 3 || degreesOfFreedom > 100) {
            throw new InvalidField("simulation.degreesOfFreedom", "must be a whole number from 3 to 100"
                    + " (student-t needs ν > 2 for a finite variance), got " + degreesOfFreedom);
        }
    }

    /** All defaults. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(null, null, null, null, null, null);
    }

    /** These settings with another number of paths, seed and target (null keeps the current one). */
    public SimulationSettings with(Integer newPaths, Long newSeed, Double newTarget) {
        return new SimulationSettings(newPaths != null ? newPaths : paths, newSeed != null ? newSeed : seed,
                newTarget != null ? newTarget : targetSuccess, shocks, degreesOfFreedom, rebalanceAnnually);
    }
}
