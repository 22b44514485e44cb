package org.yieldplan.simulation;

/**
 * The largest initial withdrawal that meets the target success.
 *
 * @param annual        initial withdrawal, USD a year (today's dollars when the plan is inflation-adjusted)
 * @param monthly       annual / 12
 * @param targetSuccess the success probability it meets, 0-1
 * @param rate          annual over the base-case balance when withdrawals start, a fraction a year
 * @param strategy      the plan at that amount, described for a person
 */
public record SafeWithdrawal(double annual, double monthly, double targetSuccess, double rate, String strategy) {
}
