package org.yieldplan.rebalance;

/**
 * What the user asks of a trade list.
 *
 * @param contributionUsd money added now (&gt; 0) or withdrawn (&lt; 0), USD; steered to underweight
 *                        keys (taken from overweight ones) before anything else is traded
 * @param toTarget        true: trade every key back to its target; false: only back inside its band
 * @param minTradeUsd     trades smaller than this are dropped (or, when needed to re-enter a band,
 *                        raised to it), USD; ≥ 0
 */
public record TradeSettings(double contributionUsd, boolean toTarget, double minTradeUsd) {

    public TradeSettings {
        if (!Double.isFinite(contributionUsd)) {
            throw new IllegalArgumentException("contribution: must be a number of dollars, got " + contributionUsd);
        }
        if (!(minTradeUsd >= 0) || Double.isInfinite(minTradeUsd)) {
            throw new IllegalArgumentException("min-trade: must be 0 or more dollars, got " + minTradeUsd);
        }
    }

    /** Back inside the bands, no contribution, no minimum. */
    public static TradeSettings bands() {
        return new TradeSettings(0, false, 0);
    }
}
