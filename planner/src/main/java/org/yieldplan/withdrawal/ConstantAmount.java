package org.yieldplan.withdrawal;

import java.util.Locale;

/**
 * Constant amount. Rule: {@code W = annualUsd × (1 + inflation)^t} when inflation-adjusted (the amount is in
 * today's dollars, t whole years since the projection's start), else {@code W = annualUsd} every year.
 *
 * @param annualUsd         the amount a year, USD (today's dollars when inflation-adjusted)
 * @param inflationAdjusted true to keep its buying power, false for a fixed nominal amount
 */
public record ConstantAmount(double annualUsd, boolean inflationAdjusted) implements WithdrawalStrategy {

    public ConstantAmount {
        Rules.amount("strategy.annualUsd", annualUsd);
    }

    @Override
    public double annual(YearContext y) {
        return inflationAdjusted ? annualUsd * y.inflationIndex() : annualUsd;
    }

    @Override
    public WithdrawalStrategy startingAt(double initialAnnualUsd, double startBalance) {
        return new ConstantAmount(initialAnnualUsd, inflationAdjusted);
    }

    /**
     * The amount itself: taking more every year leaves less in every month after the first larger payment (the
     * ledger's flows are increasing in the balance), so a path that pays this amount pays any lower one.
     */
    @Override
    public double ownStart(double startBalance) {
        return annualUsd;
    }

    /** The amount and inflation alone set it. */
    @Override
    public boolean fixedDemand() {
        return true;
    }

    @Override
    public String type() {
        return "constant-amount";
    }

    @Override
    public String describe() {
        return String.format(Locale.US, "$%,.0f a year%s", annualUsd,
                inflationAdjusted ? " in today's dollars, raised with inflation" : ", fixed (nominal)");
    }
}
