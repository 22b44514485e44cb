package org.yieldplan.withdrawal;

import org.yieldplan.input.InvalidField;
import org.yieldplan.input.Percent;

/** Input checks shared by the strategies: one message per field, naming it. */
final class Rules {
    private Rules() {
    }

    static void rate(String field, double rate) {
        if (!(rate > 0 && rate <= 1)) {
            throw new InvalidField(field, "give the withdrawal rate a year, above 0 % and at most 100 %"
                    + " (4 % is 0.04), got " + Percent.of(rate));
        }
    }

    static void amount(String field, double usd) {
        if (!(usd >= 0) || Double.isInfinite(usd)) {
            throw new InvalidField(field, "must be zero or more dollars a year, got " + usd);
        }
    }

    static double fraction(String field, Double value, double fallback) {
        double v = value == null ? fallback : value;
        if (!(v > 0 && v < 1)) {
            throw new InvalidField(field, "must be above 0 % and below 100 %, got " + Percent.of(v));
        }
        return v;
    }
}
