package org.yieldplan.web.pages;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Number formats for the pages, US style: money as {@code $1,234}, rates (fractions) as
 * {@code 5.86 %}. A missing figure (null, NaN) is "—".
 */
public final class Fmt {

    /** Shown for a figure that is not available. */
    public static final String NONE = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    /** Whole dollars: $1,234; a value that rounds to $0 has no sign. */
    public static String usd(Double v) {
        return missing(v) ? NONE : (Math.round(v) < 0 ? "−$" : "$") + pattern("#,##0").format(Math.abs((double) Math.round(v)));
    }

    /** Dollars and cents: $1,234.56; a value that rounds to $0.00 has no sign. */
    public static String usd2(Double v) {
        return missing(v) ? NONE : (Math.round(v * 100) < 0 ? "−$" : "$") + pattern("#,##0.00").format(Math.abs(v));
    }

    /** A fraction as a percentage with two decimals: 0.0586 → 5.86 %. */
    public static String pct(Double v) {
        return missing(v) ? NONE : org.yieldplan.scenario.Figures.rate(v);
    }

    /** A fraction as a percentage with one decimal: 0.955 → 95.5 % (as the planner's sentences write it). */
    public static String pct1(Double v) {
        return missing(v) ? NONE : org.yieldplan.scenario.Figures.share(v);
    }

    /** A difference of two fractions in percentage points, signed: 0.034 → +3.4 pts. */
    public static String points(Double v) {
        if (missing(v)) {
            return NONE;
        }
        String digits = pattern("0.0").format(Math.abs(v) * 100);
        return (digits.equals("0.0") ? "" : v > 0 ? "+" : "−") + digits + " pts";
    }

    /** A plain number with up to 4 decimals, for form fields: 0.045 → 0.045. */
    public static String plain(Double v) {
        return missing(v) ? "" : pattern("0.####").format(v);
    }

    /** A whole number with thousands separators: 10,000. */
    public static String number(Integer n) {
        return n == null ? NONE : pattern("#,##0").format(n);
    }

    /** A count, or "—" when null. */
    public static String count(Integer n) {
        return n == null ? NONE : Integer.toString(n);
    }

    /** A time as 2026-01-31 14:05 UTC, or "—". */
    public static String time(Instant t) {
        return t == null ? NONE : DATE.format(t);
    }

    private static boolean missing(Double v) {
        return v == null || v.isNaN() || v.isInfinite();
    }

    /** Each thread's formats by pattern (a DecimalFormat is not thread-safe, and costly to build per figure). */
    private static final ThreadLocal<java.util.Map<String, DecimalFormat>> FORMATS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    private static DecimalFormat pattern(String p) {
        return FORMATS.get().computeIfAbsent(p, k -> new DecimalFormat(k, DecimalFormatSymbols.getInstance(Locale.US)));
    }
}
