package org.yieldplan.web.pages;

import org.yieldplan.scenario.ScenarioResult;

/**
 * The parts of a {@link ScenarioResult} that the pages show when the planner provides them: the
 * simulation's success probability and the sustainability flags. Each returns null while the
 * planner in this build has no such part, and the pages show "—".
 */
public final class ResultParts {

    private ResultParts() {
    }

    /** The simulation's probability that every planned withdrawal is met, a fraction; null without a simulation. */
    public static Double successProbability(ScenarioResult r) {
        return r.simulation() == null ? null : r.simulation().successProbability();
    }

    /** The number of sustainability flags; null without a sustainability screen. */
    public static Integer flagCount(ScenarioResult r) {
        return r.flags() == null ? null : r.flags().size();
    }
}
