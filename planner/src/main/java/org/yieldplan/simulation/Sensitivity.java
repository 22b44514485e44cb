package org.yieldplan.simulation;

import java.util.List;
import java.util.Locale;

/**
 * Success probability over a grid of shifts to every volatile asset's median growth and multipliers on its volatility
 * (on top of the scenario's assumption set), on common random numbers: what would have to be true for the plan to
 * work?
 *
 * @param paths                 paths per cell
 * @param growthShifts          added to g, fractions a year (rows)
 * @param volatilityMultipliers σ × these (columns)
 * @param successProbability    [row][column], 0-1
 */
public record Sensitivity(int paths, List<Double> growthShifts, List<Double> volatilityMultipliers,
                          List<List<Double>> successProbability) {

    public Sensitivity {
        growthShifts = List.copyOf(growthShifts);
        volatilityMultipliers = List.copyOf(volatilityMultipliers);
        successProbability = successProbability.stream().map(List::copyOf).toList();
    }

    /**
     * How the cells were simulated, for the table's caption, e.g. "1,000 paths a cell, the first of this plan's 10,000
     * (the same shocks in every cell)": with fewer paths than the plan, the unshifted cell is the plan on its first
     * paths, so it can differ from the plan's own figure by sampling error.
     *
     * @param planPaths the paths of the plan's own simulation
     */
    public String howRun(int planPaths) {
        return paths < planPaths
                ? String.format(Locale.US, "%,d paths a cell, the first of this plan's %,d (the same shocks in every cell)",
                        paths, planPaths)
                : String.format(Locale.US, "This plan's own %,d paths in every cell", paths);
    }
}
