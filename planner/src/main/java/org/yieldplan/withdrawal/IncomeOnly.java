package org.yieldplan.withdrawal;

/**
 * Income only. Rule: each instalment pays exactly the after-tax yield collected since the last one;
 * principal is never sold, so the amount rises and falls with the yields and the balance.
 */
public record IncomeOnly() implements WithdrawalStrategy {

    @Override
    public double annual(YearContext y) {
        return y.balance() * y.blendedYield();                       // an estimate for the year: balance × blended APY
    }

    @Override
    public double payment(double annual, double yearStartBalance, int paymentsPerYear, double income, double balance,
                           double inflationIndex) {
        return income;
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
        return "income-only";
    }

    @Override
    public String describe() {
        return "the after-tax yield only, never principal";
    }
}
