package org.yieldplan.sustainability;

/**
 * A sustainability rule: a closed set, one record per rule, each holding its thresholds.
 * {@link HoldingRule}s look at one position at a time; {@link PortfolioRule}s at the whole
 * portfolio and its plan.
 */
public sealed interface Rule permits HoldingRule, PortfolioRule {

    /** The identifier written in each flag, e.g. {@code emission-funded}. */
    String id();
}
