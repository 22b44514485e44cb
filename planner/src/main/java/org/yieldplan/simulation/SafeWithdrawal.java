package org.yieldplan.simulation;

/**
 * The largest initial withdrawal that meets the target success, and the rate it is, stated two ways.
 *
 * @param annual             initial withdrawal, USD a year (today's dollars when the plan is inflation-adjusted)
 * @param monthly            annual / 12
 * @param targetSuccess      the success probability it meets, 0-1
 * @param startBalance       the median path's balance when withdrawals start (today's value when they start now), USD
 * @param rateOfStartBalance annual / startBalance: the withdrawal rate against the balance when withdrawals start
 *                           (median path), a fraction a year
 * @param rateOfTodaysValue  annual / today's portfolio value, a fraction a year
 * @param strategy           the plan at that amount, described for a person
 * @param precision          the search's precision, USD a year: {@code annual} is at most this much below the exact
 *                           target quantile of the paths' largest sustainable withdrawals (the base-case balance
 *                           when withdrawals start × 2⁻²⁴)
 */
public record SafeWithdrawal(double annual, double monthly, double targetSuccess, double startBalance,
                             double rateOfStartBalance, double rateOfTodaysValue, String strategy, double precision) {
}
