package org.yieldplan.simulation;

/**
 * A plan's answer under one assumption set.
 *
 * @param successProbability share of paths paying every withdrawal to the horizon, 0-1
 * @param safeWithdrawal     the largest initial withdrawal meeting the target success, USD a year
 */
public record AssumptionOutcome(double successProbability, double safeWithdrawal) {
}
