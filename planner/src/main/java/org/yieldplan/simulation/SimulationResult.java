package org.yieldplan.simulation;

import java.util.List;

/**
 * The Monte Carlo outcome of a withdrawal plan.
 *
 * @param paths              number of paths
 * @param seed               the seed used
 * @param shocks             the price shocks' distribution
 * @param rebalanceAnnually  whether buckets were reset to their starting weights each year
 * @param successProbability share of paths on which every planned withdrawal was paid in full to the horizon
 * @param percentiles        bands of balance and income paid by year
 * @param depletionYears     years in which paths first missed a withdrawal (only years with any)
 * @param safeWithdrawal     the largest initial withdrawal meeting the target success, or null when not searched (a plan
 *                           that cannot run out)
 * @param measure            the plan's own measure: success or income against the goal (JSON: its fields sit here)
 * @param assumptions        the assumption set it ran on ({@code bear}, {@code base}, {@code bull})
 * @param byAssumptions      success and safe withdrawal under each of the three sets, or null
 * @param sensitivity        success over a grid of growth shifts and volatility multipliers, or null
 * @param historicalReplay   the plan on the real 2021-2023 cycle from each start month, or null
 */
public record SimulationResult(int paths, long seed, Shocks shocks, boolean rebalanceAnnually, double successProbability,
                               Percentiles percentiles, List<DepletionYear> depletionYears, SafeWithdrawal safeWithdrawal,
                               PlanMeasure measure, String assumptions, AssumptionComparison byAssumptions,
                               Sensitivity sensitivity, HistoricalReplay historicalReplay) {

    public SimulationResult {
        depletionYears = List.copyOf(depletionYears);
    }

    /** This result with the assumption analyses added. */
    public SimulationResult with(String set, AssumptionComparison sets, Sensitivity grid, HistoricalReplay replay) {
        return new SimulationResult(paths, seed, shocks, rebalanceAnnually, successProbability, percentiles,
                depletionYears, safeWithdrawal, measure, set, sets, grid, replay);
    }

    /**
     * The success probability where it means something: null for a plan that cannot run out (its success is 1 by
     * construction; its measure is {@link PlanMeasure#goalMetProbability}).
     */
    public Double reportedSuccess() {
        return measure == null || measure.canDeplete() ? successProbability : null;
    }
}
