package org.yieldplan.withdrawal;

import java.util.Locale;

/**
 * Constant percentage of the current balance. Rule: each instalment is {@code rate / paymentsPerYear ×
 * balance} at the time it is paid, so the plan can shrink but never empties the portfolio.
 *
 * @param rate the share of the balance taken a year, a fraction in (0, 1]
 */
public record ConstantPercentage(double rate) implements WithdrawalStrategy {

    public ConstantPercentage {
        Rules.rate("strategy.rate", rate);
    }

    @Override
    public double annual(YearContext y) {
        return rate * y.balance();                                   // planned figure for the year: rate × balance
    }

    @Override
    public double payment(double annual, double yearStartBalance, int paymentsPerYear, double income, double balance,
                           double inflationIndex) {
        return rate / paymentsPerYear * balance;                     // rate/n × balance now
    }

    @Override
    public WithdrawalStrategy startingAt(double initialAnnualUsd, double startBalance) {
        return new ConstantAmount(initialAnnualUsd, true);
    }

    @Override
    public boolean canDeplete() {
        return false;                                                // each instalment is a share of what is there
    }

    @Override
    public String type() {
        return "constant-percentage";
    }

    @Override
    public String describe() {
        return String.format(Locale.US, "%.2f %% of the balance a year", rate * 100);
    }
}
