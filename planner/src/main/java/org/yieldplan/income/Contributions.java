package org.yieldplan.income;

import org.yieldplan.input.InvalidField;
/**
 * Money added to the portfolio during a saving phase, at the start of the month it falls in.
 *
 * @param amountUsd each contribution, USD
 * @param frequency how often it is made
 * @param years     for how many years, from the start of the projection
 */
public record Contributions(double amountUsd, Frequency frequency, int years) {

    /** How often a contribution is made. */
    public enum Frequency {
        /** Every month. */
        MONTHLY,
        /** In the first month of each year. */
        ANNUAL
    }

    public Contributions {
        if (!(amountUsd >= 0) || Double.isInfinite(amountUsd)) {
            throw new InvalidField("contributions.amountUsd", "must be zero or more, got " + amountUsd);
        }
        if (frequency == null) {
            frequency = Frequency.MONTHLY;
        }
        if (years < 0) {
            throw new InvalidField("contributions.years", "must be zero or more, got " + years);
        }
    }

    /** No contributions. */
    public static Contributions none() {
        return new Contributions(0, Frequency.MONTHLY, 0);
    }

    /** The contribution made at the start of month m (1-based), USD. */
    public double inMonth(int month) {
        if (month > years * 12) {
            return 0;
        }
        return frequency == Frequency.MONTHLY || (month - 1) % 12 == 0 ? amountUsd : 0;
    }
}
