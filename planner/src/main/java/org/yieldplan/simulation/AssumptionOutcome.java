package org.yieldplan.simulation;

/**
 * A plan's answer under one assumption set, by the plan's own measure.
 *
 * @param paths               the simulated paths it was measured on
 * @param successProbability  share of paths paying every withdrawal to the horizon, 0-1; null for a plan that cannot
 *                            run out
 * @param safeWithdrawal      the largest initial withdrawal meeting the target success, USD a year; null likewise
 * @param goalMetProbability  for a plan that cannot run out, the share of paths whose real income meets the goal every
 *                            withdrawal year, 0-1; else (or without a goal) null
 */
public record AssumptionOutcome(int paths, Double successProbability, Double safeWithdrawal,
                                Double goalMetProbability) {
}
