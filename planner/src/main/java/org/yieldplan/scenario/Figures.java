package org.yieldplan.scenario;

import java.util.Locale;

/** Figures as the sentences write them (US style): money as {@code $1,234}, probabilities as {@code 7.7 %}. */
final class Figures {

    private Figures() {
    }

    /** Whole dollars: $1,234 (−$1,234 below zero; no sign on a value that rounds to 0). */
    static String usd(double v) {
        long r = Math.round(v);
        return (r < 0 ? "−$" : "$") + String.format(Locale.US, "%,d", Math.abs(r));
    }

    /** A probability or share with one decimal: 0.077 → 7.7 %. */
    static String share(double v) {
        return String.format(Locale.US, "%.1f %%", v * 100);
    }

    /** A rate with two decimals: 0.0557 → 5.57 %. */
    static String rate(double v) {
        return String.format(Locale.US, "%.2f %%", v * 100);
    }

    /** "1 year", "7 years". */
    static String years(int n) {
        return n + (n == 1 ? " year" : " years");
    }
}
