package org.yieldplan.rebalance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A backtest of several rules on the same prices and weights.
 *
 * @param from         first day
 * @param to           last day
 * @param weights      target weights, upper-case asset → fraction
 * @param initialUsd   starting value, USD
 * @param feeBps       fee per trade, basis points
 * @param riskFreeRate annual risk-free rate for the Sharpe ratio, a fraction
 * @param results      one per rule, in the order asked
 */
public record BacktestReport(LocalDate from, LocalDate to, Map<String, Double> weights, double initialUsd, double feeBps,
                             double riskFreeRate, List<BacktestResult> results) {

    public BacktestReport {
        weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
        results = List.copyOf(results);
    }
}
