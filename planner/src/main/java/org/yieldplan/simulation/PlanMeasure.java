package org.yieldplan.simulation;

/**
 * The measure that fits the plan. A plan that can run out (a fixed amount, guardrails, the 95 % rule, a floor) is
 * judged by its success probability, how long its money lasts and its safe withdrawal; one that cannot (a
 * percentage of the balance, VPW, income only) by whether its income in today's dollars stays at or above the goal
 * in every withdrawal year, and by that income's range. (JSON: these fields sit in {@code simulation} itself.)
 *
 * @param canDeplete            whether a path can miss a withdrawal under the strategy
 *                              ({@link org.yieldplan.withdrawal.WithdrawalStrategy#canDeplete})
 * @param goalAnnualIncome      the income goal the plan is measured against, USD a year in today's dollars, or null
 * @param goalMetProbability    for a plan that cannot run out with a goal: the share of paths whose income in today's
 *                              dollars ({@link RealIncomeBands}) is at least the goal in every withdrawal year; else null
 * @param realIncomePercentiles the income paid in each withdrawal year, today's dollars, 10th percentile and median
 * @param yearsLasted           for a plan that can run out: how long the money lasts; else null
 * @param medianDepletionYear   for a plan that can run out: the median path's first missed year (1-based from the
 *                              projection's start), null when half the paths or more never miss one
 */
public record PlanMeasure(boolean canDeplete, Double goalAnnualIncome, Double goalMetProbability,
                          RealIncomeBands realIncomePercentiles, YearsLasted yearsLasted, Integer medianDepletionYear) {
}
