package org.yieldplan.withdrawal;

import java.util.Locale;

/**
 * The 95 % rule (Bob Clyatt, "Work Less, Live More", 2005). Rule: first year {@code W = rate × balance};
 * then {@code W = max(0.95 × W₋₁, rate × balance)}: the amount follows the balance up, but falls at
 * most 5 % a year.
 *
 * @param rate the withdrawal rate, a fraction a year (0.04)
 */
public record NinetyFivePercentRule(double rate) implements WithdrawalStrategy {

    public NinetyFivePercentRule {
        Rules.rate("strategy.rate", rate);
    }

    @Override
    public double annual(YearContext y) {
        double byBalance = rate * y.balance();                               // rate × balance
        return y.planYear() == 0 ? byBalance : Math.max(0.95 * y.previousAnnual(), byBalance);
    }

    @Override
    public WithdrawalStrategy startingAt(double initialAnnualUsd, double startBalance) {
        return new NinetyFivePercentRule(Math.min(1, initialAnnualUsd / startBalance));
    }

    @Override
    public String type() {
        return "95-percent-rule";
    }

    @Override
    public String describe() {
        return String.format(Locale.US, "95 %% rule at %.2f %%", rate * 100);
    }
}
