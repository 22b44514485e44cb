package org.yieldplan.simulation;

import java.util.List;

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
}
