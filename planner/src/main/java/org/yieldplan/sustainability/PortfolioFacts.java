package org.yieldplan.sustainability;

import java.util.List;

/**
 * What the portfolio rules need: the positions, the plan's required yield and the sustainable yield.
 *
 * @param positions     every position's facts
 * @param requiredYield the income goal / portfolio value, a fraction a year, or null without a goal
 * @param sustainable   the blended and sustainable yields, computed from the holding rules' flags
 * @param plan          the withdrawal plan's outcome, or null when the scenario has no withdrawal plan
 */
public record PortfolioFacts(List<PositionFacts> positions, Double requiredYield, SustainableYield sustainable,
                             PlanFacts plan) {

    public PortfolioFacts {
        positions = List.copyOf(positions);
    }

    /** Σ value, USD. */
    public double totalValue() {
        return positions.stream().mapToDouble(PositionFacts::valueUsd).sum();
    }
}
