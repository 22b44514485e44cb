package org.yieldplan.rebalance;

import java.util.List;

/**
 * The drift report and the trades that answer it.
 *
 * @param level           whether keys are buckets or assets
 * @param totalValue      portfolio value before the contribution, USD
 * @param contributionUsd money added (&gt; 0) or withdrawn (&lt; 0), USD
 * @param drift           one row per key: current weight, target, drift, band status
 * @param trades          buys and sells, largest first within each side
 * @param saleNeeded      true when any sale remains after the contribution has been steered
 * @param turnover        ½ Σ |trade| / value after the contribution, a fraction
 * @param turnoverUsd     ½ Σ |trade|, USD
 * @param totalCost       Σ trade costs, USD
 */
public record RebalancePlan(
        Targets.Level level,
        double totalValue,
        double contributionUsd,
        List<DriftRow> drift,
        List<Trade> trades,
        boolean saleNeeded,
        double turnover,
        double turnoverUsd,
        double totalCost) {

    public RebalancePlan {
        drift = List.copyOf(drift);
        trades = List.copyOf(trades);
    }
}
