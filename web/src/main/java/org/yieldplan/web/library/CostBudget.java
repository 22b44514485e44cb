package org.yieldplan.web.library;

import java.util.List;
import org.yieldplan.scenario.Scenario;

/**
 * The most simulation work the site does for one request: paths × months × positions, where a
 * position is one holding (or one asset of the template). The simulation with its safe-withdrawal
 * search runs about 55 ns a unit on two cores (10,000 paths × 480 months × 6 buckets in about 1.6 s,
 * README's SimulationBenchmark figures), so about 110 ns on the one core the site gives a simulation:
 * the budget of {@value #UNITS} units is about 11 s of work. The command line has no budget.
 */
public final class CostBudget {

    /** Paths × months × positions the site runs for one scenario at most. */
    public static final long UNITS = 100_000_000L;

    private CostBudget() {
    }

    /** A scenario over the budget, with the fields that make its cost. */
    public static final class Exceeded extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        /** The fields a user can lower. */
        public static final List<String> FIELDS = List.of("simulation.paths", "horizonYears", "holdings");

        Exceeded(String message) {
            super(message);
        }
    }

    /** The simulation's cost in units; 0 without a withdrawal plan (nothing is simulated). */
    public static long cost(Scenario s, int positions) {
        if (s.withdrawal() == null) {
            return 0;
        }
        long paths = s.simulation() == null || s.simulation().paths() == null ? 10_000 : s.simulation().paths();
        return paths * s.horizonYears() * 12L * Math.max(1, positions);
    }

    /**
     * Refuses a scenario whose simulation is over the budget.
     *
     * @throws Exceeded naming simulation.paths, horizonYears and holdings with their figures
     */
    public static void check(Scenario s, int positions) {
        long cost = cost(s, positions);
        if (cost > UNITS) {
            long paths = cost / (s.horizonYears() * 12L * Math.max(1, positions));
            throw new Exceeded(String.format(java.util.Locale.ROOT, "simulation.paths, horizonYears, holdings: the simulation"
                    + " would take %,d paths × %,d months × %,d positions = %,d units, over the site's budget of %,d;"
                    + " lower simulation.paths, horizonYears or the number of holdings (the command line has no budget)",
                    paths, s.horizonYears() * 12, Math.max(1, positions), cost, UNITS));
        }
    }
}
