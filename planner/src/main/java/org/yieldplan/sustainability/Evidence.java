package org.yieldplan.sustainability;

import java.util.Locale;

/**
 * One figure behind a flag: a measured value or the threshold it was compared with.
 *
 * <p>Shaped for a table row: {@code name} is the column a person reads, {@code value} the raw
 * number (for a spreadsheet cell, formatted by {@code unit}), {@code text} the value as a person
 * reads it ({@code 28.00 %}, {@code 1.40×}, {@code $45,000}).
 *
 * @param name  what the figure is, e.g. {@code APY}, {@code limit}, {@code reward share}
 * @param value the figure in its unit: a fraction for {@link Unit#RATE} and {@link Unit#SHARE}
 * @param unit  how to read the value
 * @param text  the value formatted for a person
 */
public record Evidence(String name, double value, Unit unit, String text) {

    /** The unit of an evidence value. JSON writes it in lower case ({@code rate}). */
    public enum Unit {
        /** A rate a year as a fraction (0.05 is 5 % a year); shown as a percentage. */
        RATE,
        /** A share of a whole as a fraction (0.4 is 40 %); shown as a percentage. */
        SHARE,
        /** A ratio of two figures (2.5 is 2.5 times). */
        MULTIPLE,
        /** US dollars. */
        USD,
        /** A number of days. */
        DAYS
    }

    public Evidence {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("evidence: needs a name");
        }
        if (unit == null) {
            throw new IllegalArgumentException("evidence " + name + ": needs a unit");
        }
        if (text == null) {
            text = format(value, unit);
        }
    }

    /** A rate a year (fraction). */
    public static Evidence rate(String name, double fraction) {
        return new Evidence(name, fraction, Unit.RATE, null);
    }

    /** A share of a whole (fraction). */
    public static Evidence share(String name, double fraction) {
        return new Evidence(name, fraction, Unit.SHARE, null);
    }

    /** A multiple. */
    public static Evidence multiple(String name, double times) {
        return new Evidence(name, times, Unit.MULTIPLE, null);
    }

    /** An amount in USD. */
    public static Evidence usd(String name, double usd) {
        return new Evidence(name, usd, Unit.USD, null);
    }

    /** A number of days. */
    public static Evidence days(String name, double days) {
        return new Evidence(name, days, Unit.DAYS, null);
    }

    /** The value as a person reads it: {@code 12.50 %}, {@code 2.40×}, {@code $1,234}, {@code 7 days}. */
    static String format(double value, Unit unit) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return switch (unit) {
            case RATE, SHARE -> String.format(Locale.US, "%.2f %%", value * 100);
            case MULTIPLE -> String.format(Locale.US, "%.2f×", value);
            case USD -> (value < 0 ? "-$" : "$") + String.format(Locale.US, "%,d", Math.round(Math.abs(value)));
            case DAYS -> String.format(Locale.US, "%.0f days", value);
        };
    }

    /** "name text", e.g. {@code APY 28.00 %}. */
    @Override
    public String toString() {
        return name + " " + text;
    }
}
