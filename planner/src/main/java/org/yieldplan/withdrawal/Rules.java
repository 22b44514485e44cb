package org.yieldplan.withdrawal;

/** Input checks shared by the strategies: one message per field, naming it. */
final class Rules {
    private Rules() {
    }

    static void rate(String field, double rate) {
        if (!(rate > 0 && rate <= 1)) {
            throw new IllegalArgumentException(field + ": give the withdrawal rate as a fraction a year above 0 and at most 1"
                    + " (0.04 is 4 %), got " + rate);
        }
    }

    static void amount(String field, double usd) {
        if (!(usd >= 0) || Double.isInfinite(usd)) {
            throw new IllegalArgumentException(field + ": must be zero or more dollars a year, got " + usd);
        }
    }

    static double fraction(String field, Double value, double fallback) {
        double v = value == null ? fallback : value;
        if (!(v > 0 && v < 1)) {
            throw new IllegalArgumentException(field + ": must be a fraction between 0 and 1, got " + v);
        }
        return v;
    }
}
