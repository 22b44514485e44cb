package org.yieldplan.withdrawal;

import org.yieldplan.input.InvalidField;
import java.util.Locale;

/**
 * A floor and a ceiling, in today's dollars, around any strategy. Rule: {@code W = min(max(inner, floor × I),
 * ceiling × I)} for the year and likewise for each instalment (floor / n, ceiling / n), where I is the
 * inflation index. A floor can make an income-only plan sell principal; that is what a floor is for.
 *
 * @param strategy   the strategy limited
 * @param floorUsd   the least a year, today's dollars; 0 for none
 * @param ceilingUsd the most a year, today's dollars; null for none
 */
public record FloorCeiling(WithdrawalStrategy strategy, double floorUsd, Double ceilingUsd) implements WithdrawalStrategy {

    public FloorCeiling {
        if (strategy == null) {
            throw new InvalidField("strategy.strategy", "a floor and ceiling need the strategy they limit");
        }
        Rules.amount("strategy.floorUsd", floorUsd);
        if (ceilingUsd != null && !(ceilingUsd >= floorUsd)) {
            throw new InvalidField("strategy.ceilingUsd", "must be at least the floor ($" + floorUsd + "), got " + ceilingUsd);
        }
    }

    @Override
    public double annual(YearContext y) {
        return clamp(strategy.annual(y), y.inflationIndex(), 1);
    }

    @Override
    public double payment(double annual, double yearStartBalance, int paymentsPerYear, double income, double balance,
                           double inflationIndex) {
        double inner = strategy.payment(annual, yearStartBalance, paymentsPerYear, income, balance, inflationIndex);
        return clamp(inner, inflationIndex, paymentsPerYear);
    }

    private double clamp(double amount, double index, int parts) {
        double low = floorUsd * index / parts;                               // floor in today's $ × index / n
        double high = ceilingUsd == null ? Double.POSITIVE_INFINITY : ceilingUsd * index / parts;
        return Math.min(Math.max(amount, low), high);
    }

    @Override
    public WithdrawalStrategy startingAt(double initialAnnualUsd, double startBalance) {
        return new FloorCeiling(strategy.startingAt(initialAnnualUsd, startBalance), floorUsd, ceilingUsd);
    }

    /** A floor above zero can ask for more than is there; a ceiling alone cannot. */
    @Override
    public boolean canDeplete() {
        return floorUsd > 0 || strategy.canDeplete();
    }

    @Override
    public String type() {
        return "floor-ceiling";
    }

    @Override
    public String describe() {
        return strategy.describe() + String.format(Locale.US, ", at least $%,.0f", floorUsd)
                + (ceilingUsd == null ? "" : String.format(Locale.US, " and at most $%,.0f", ceilingUsd))
                + " a year in today's dollars";
    }
}
