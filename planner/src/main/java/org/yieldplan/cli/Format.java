package org.yieldplan.cli;

import java.util.Locale;

/** Display formats for a person: rounding happens here and only here. */
public final class Format {
    private Format() {
    }

    /** Whole dollars with thousands separators: {@code $1,234}; negative as {@code -$1,234}. */
    public static String money(double usd) {
        long r = Math.round(usd);
        return (r < 0 ? "-$" : "$") + String.format(Locale.US, "%,d", Math.abs(r));
    }

    /** A fraction as a percentage with two decimals: 0.05987 → {@code 5.99 %}. */
    public static String percent(double fraction) {
        return String.format(Locale.US, "%.2f %%", fraction * 100);
    }

    /** Text padded on the right to a width. */
    public static String left(String s, int width) {
        return String.format(Locale.US, "%-" + width + "s", s);
    }

    /** Text padded on the left to a width. */
    public static String right(String s, int width) {
        return String.format(Locale.US, "%" + width + "s", s);
    }
}
