package org.yieldplan.web.whatif;

import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioBuilder;
import org.yieldplan.simulation.SimulationSettings;
import org.yieldplan.withdrawal.ConstantAmount;
import org.yieldplan.withdrawal.PlanSchedule;
import org.yieldplan.withdrawal.WithdrawalPlan;
import org.yieldplan.withdrawal.WithdrawalStrategy;

/**
 * A question about a saved plan, not saved: what if the first year's withdrawal were {@code annualUsd},
 * withdrawals started after {@code startAfterYears} and the plan ran on the catalog's {@code assumptions}
 * set? Answered by the simulation alone on
 * {@link #PATHS} paths with the scenario's seed (no safe-withdrawal search), so it comes back while
 * the user is still looking at the control.
 *
 * @param annualUsd       the first plan year's withdrawal, USD (today's dollars); null keeps the plan's
 * @param startAfterYears the saving years before withdrawals start; null keeps the plan's
 * @param assumptions     the assumption set, {@code bear}, {@code base} or {@code bull}; null keeps the scenario's
 */
public record WhatIf(Double annualUsd, Integer startAfterYears, String assumptions) {

    /**
     * Paths a what-if runs: a tenth of the default 10,000, so that an answer costs about 0.2 s of CPU (measured with
     * {@code web/bench/whatif.sh}; 2,000 paths took 0.4 s); the success figure's standard error √(p(1−p)/n) is then
     * at most 1.6 points.
     */
    public static final int PATHS = 1_000;

    /**
     * The first year's withdrawal of the plan as saved, USD: a constant amount's own figure (today's
     * dollars), else what the plan's base case takes in its first withdrawal year.
     */
    public static double startingAmount(Scenario s, PlanSchedule plan) {
        if (s.withdrawal() != null && s.withdrawal().strategy() instanceof ConstantAmount c) {
            return c.annualUsd();
        }
        int first = plan.startAfterYears();
        return first < plan.years().size() ? plan.years().get(first).planned() : 0;
    }

    /**
     * The scenario with this question's plan and {@link #PATHS} paths.
     *
     * @param balanceAtStart the balance when withdrawals start in the plan as saved, USD (to turn an amount into a rate)
     * @throws org.yieldplan.scenario.ScenarioInvalid naming {@code withdrawal.strategy.annualUsd},
     *                                                {@code withdrawal.startAfterYears} or {@code assumptions}
     *                                                when out of range
     */
    public Scenario apply(Scenario s, double balanceAtStart) {
        WithdrawalPlan plan = s.withdrawal();
        ScenarioBuilder b = s.toBuilder();
        if (annualUsd != null && !(annualUsd >= 0 && Double.isFinite(annualUsd))) {
            b.problem("withdrawal.strategy.annualUsd", "must be zero or more dollars a year, got " + annualUsd);
        }
        WithdrawalStrategy strategy = annualUsd == null || !(annualUsd >= 0) ? plan.strategy()
                : plan.strategy() instanceof ConstantAmount c ? new ConstantAmount(annualUsd, c.inflationAdjusted())
                : plan.strategy().startingAt(annualUsd, Math.max(balanceAtStart, 1));
        int start = startAfterYears == null ? plan.startAfterYears() : startAfterYears;
        if (assumptions != null) {
            b.assumptions(assumptions);
        }
        b.withdrawal(b.attempt("withdrawal", () -> new WithdrawalPlan(strategy, start, plan.frequency())));
        SimulationSettings sim = s.simulation() == null ? SimulationSettings.defaults() : s.simulation();
        b.simulation(sim.with(PATHS, null, null));
        return b.build();
    }
}
