package org.yieldplan.rebalance;

/**
 * One rule's backtest.
 *
 * @param rule             the rule's name ({@code none} is buy-and-hold)
 * @param finalValue       portfolio value on the last day, USD, after costs
 * @param totalReturn      finalValue / initial − 1
 * @param annualReturn     (finalValue / initial)^(365 / days) − 1, days = calendar days from first to last
 * @param volatility       sample standard deviation of daily returns × √365
 * @param maxDrawdown      max over days of 1 − value / running peak, a positive fraction
 * @param sharpe           (mean daily return × 365 − risk-free rate) / volatility; null when volatility is 0
 * @param turnover         Σ over rebalances of ½ Σ |trade| / value that day (1.0 = the whole portfolio once)
 * @param costs            Σ trading costs, USD
 * @param rebalances       how many days it traded
 * @param gainVsBuyAndHold annualReturn − buy-and-hold's annualReturn on the same prices and weights
 */
public record BacktestResult(
        String rule,
        double finalValue,
        double totalReturn,
        double annualReturn,
        double volatility,
        double maxDrawdown,
        Double sharpe,
        double turnover,
        double costs,
        int rebalances,
        double gainVsBuyAndHold) {

    /** The same result with the gain against buy-and-hold filled in. */
    BacktestResult against(BacktestResult buyAndHold) {
        return new BacktestResult(rule, finalValue, totalReturn, annualReturn, volatility, maxDrawdown, sharpe, turnover,
                costs, rebalances, annualReturn - buyAndHold.annualReturn);
    }
}
