package org.yieldplan.sustainability;

import java.util.List;

/**
 * A fixed-dollar income goal funded mostly by volatile tokens: the scenario wants a set number of dollars a year, but
 * more than {@code limit} (default 50 %) of the value that pays it moves with crypto prices, so the income the goal
 * counts on can halve in a bad year while the goal does not. Volatile share = Σ value × (1 − stablecoin share) /
 * Σ value (ETH counts whole, ETH/USDC half, USDC not at all). Fires when the scenario has a goal and the share &gt;
 * limit.
 *
 * @param limit the largest share of the value in volatile tokens behind a fixed-dollar goal, a fraction
 */
public record VolatileFundedGoal(double limit) implements PortfolioRule {

    /** The rule's identifier. */
    public static final String ID = "goal-funded-by-volatile-tokens";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Flag> check(PortfolioFacts portfolio) {
        double total = portfolio.totalValue();
        if (portfolio.requiredYield() == null || !(total > 0)) {
            return List.of();
        }
        double volatileValue = portfolio.positions().stream()
                .mapToDouble(p -> p.valueUsd() * (1 - p.stableShare())).sum();              // Σ value × (1 − stable share)
        double share = volatileValue / total;
        if (!(share > limit)) {
            return List.of();
        }
        return List.of(new Flag(ID, Severity.WARNING, "plan",
                "The income goal is a fixed number of dollars, but " + Evidence.format(share, Evidence.Unit.SHARE)
                        + " of the portfolio (" + Evidence.format(volatileValue, Evidence.Unit.USD) + ") is in volatile tokens,"
                        + " above the " + Evidence.format(limit, Evidence.Unit.SHARE) + " limit: a fall in their prices cuts"
                        + " the income and the balance that pay it while the goal stays where it is.",
                List.of(Evidence.share("volatile share", share), Evidence.usd("volatile value", volatileValue),
                        Evidence.share("limit", limit))));
    }
}
