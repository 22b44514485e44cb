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

    /**
     * The simulation's probability that every planned withdrawal is met, a fraction; null without a simulation and for
     * a plan that cannot run out (whose success is 1 by construction, not a finding).
     */
    public static Double successProbability(ScenarioResult r) {
        return r.simulation() == null ? null : r.simulation().reportedSuccess();
    }

    /**
     * For a plan that cannot run out, with a goal: the probability that its income in today's dollars meets the goal
     * in every withdrawal year; else null.
     */
    public static Double goalMetProbability(ScenarioResult r) {
        return r.simulation() == null || r.simulation().measure() == null ? null
                : r.simulation().measure().goalMetProbability();
    }

    /** The number of sustainability flags; null without a sustainability screen. */
    public static Integer flagCount(ScenarioResult r) {
        return r.flags() == null ? null : r.flags().size();
    }
}
