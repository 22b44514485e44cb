package org.yieldplan.scenario;

/**
 * Figures as the sentences, the site and the CLI write them (US style): money as {@code $1,234}, probabilities as
 * {@code 7.7 %}, rates as {@code 5.57 %}; one rounding rule (half up, on the decimal value) so every rendering of a
 * figure reads the same.
 */
public final class Figures {

    private Figures() {
    }

    /** Whole dollars: $1,234 (−$1,234 below zero; no sign on a value that rounds to 0). */
    public static String usd(double v) {
        long r = Math.round(v);
        String digits = Long.toString(r);
        int from = r < 0 ? 1 : 0;
        int n = digits.length() - from;
        StringBuilder b = new StringBuilder(n + n / 3 + 2).append(r < 0 ? "−$" : "$");
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % 3 == 0) {
                b.append(',');                                          // thousands, as String.format's %,d in Locale.US
            }
            b.append(digits.charAt(from + i));
        }
        return b.toString();
    }

    /** A probability or share with one decimal: 0.077 → 7.7 %. */
    public static String share(double v) {
        return percent(v, 1);
    }

    /** A rate with two decimals: 0.0557 → 5.57 %. */
    public static String rate(double v) {
        return percent(v, 2);
    }

    /** v × 100 with {@code decimals} decimals, half up on the shortest decimal form of v (0.6755 → 67.6 %). */
    private static String percent(double v, int decimals) {
        return new java.math.BigDecimal(Double.toString(v)).movePointRight(2)
                .setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
    }

    /** "1 year", "7 years". */
    static String years(int n) {
        return n + (n == 1 ? " year" : " years");
    }
}
