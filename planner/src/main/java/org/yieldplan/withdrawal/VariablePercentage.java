package org.yieldplan.withdrawal;

import org.yieldplan.input.InvalidField;
import org.yieldplan.input.Percent;
import java.util.Locale;

/**
 * Variable percentage withdrawal (VPW, Bogleheads). Rule: each year take the level annuity-due payment (paid at the
 * start of each year, as the Bogleheads VPW table is: spreadsheet PMT(r, n, −B, 0, 1)) that would spend the balance
 * over the remaining years at an assumed return r:
 * {@code W = balance × r / ((1 − (1 + r)^−n)(1 + r))} with n the years left ({@code W = balance / n} when r = 0).
 * Never more than the balance. Each instalment applies the year's percentage to the balance when it is paid,
 * {@code W / B_yearStart / paymentsPerYear × balance}, so, like a constant percentage, it never misses a payment.
 *
 * @param assumedReturn the return assumed for the annuity, a fraction a year (0.05)
 */
public record VariablePercentage(double assumedReturn) implements WithdrawalStrategy {

    public VariablePercentage {
        if (!(assumedReturn >= 0 && assumedReturn < 1)) {
            throw new InvalidField("strategy.assumedReturn", "must be from 0 % to below 100 % a year, got "
                    + Percent.of(assumedReturn));
        }
    }

    @Override
    public double annual(YearContext y) {
        int n = Math.max(1, y.yearsLeft());
        if (assumedReturn == 0) {
            return y.balance() / n;                                          // balance / n
        }
        double pmt = y.balance() * assumedReturn
                / ((1 - Math.pow(1 + assumedReturn, -n)) * (1 + assumedReturn));   // PMT(r, n, −balance, 0, 1), at the start
        return Math.min(pmt, y.balance());
    }

    @Override
    public double payment(double annual, double yearStartBalance, int paymentsPerYear, double income, double balance,
                          double inflationIndex) {
        return yearStartBalance > 0 ? annual / yearStartBalance / paymentsPerYear * balance : 0;   // year's % × balance now
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
        return "vpw";
    }

    @Override
    public String describe() {
        return String.format(Locale.US, "VPW: the annuity payment over the years left at %.2f %%", assumedReturn * 100);
    }
}
