package org.yieldplan.market;

import java.util.Arrays;

/**
 * The estimators the catalog's measured figures come from, over daily closes (or market caps): daily log returns
 * rₜ = ln(Pₜ / Pₜ₋₁).
 */
public final class PriceStatistics {

    /** 1/Φ⁻¹(3/4): the MAD of a normal sample × this estimates its standard deviation. */
    public static final double MAD_TO_SD = 1.4826;
    /** Trading days a year in crypto (it trades every day). */
    public static final double DAYS = 365;

    private PriceStatistics() {
    }

    /** Daily log returns ln(Pₜ / Pₜ₋₁) of a series of n closes: n − 1 values. */
    public static double[] logReturns(double[] closes) {
        double[] r = new double[closes.length - 1];
        for (int t = 1; t < closes.length; t++) {
            r[t - 1] = Math.log(closes[t] / closes[t - 1]);
        }
        return r;
    }

    /**
     * Robust annual volatility: median absolute deviation of the daily log returns from their median × 1.4826 × √365.
     * Unlike the standard deviation, a few extreme days (a crash, a depeg) barely move it.
     */
    public static double robustVolatility(double[] closes) {
        double[] r = logReturns(closes);
        double m = median(r);
        double[] dev = Arrays.stream(r).map(x -> Math.abs(x - m)).toArray();
        return median(dev) * MAD_TO_SD * Math.sqrt(DAYS);                   // MAD × 1.4826 × √365
    }

    /** Sample standard deviation of the daily log returns × √365 (for comparison with the robust figure). */
    public static double volatility(double[] closes) {
        double[] r = logReturns(closes);
        double mean = Arrays.stream(r).average().orElse(0);
        double ss = Arrays.stream(r).map(x -> (x - mean) * (x - mean)).sum();
        return Math.sqrt(ss / (r.length - 1) * DAYS);                      // s × √365
    }

    /** Pearson correlation of two series' daily log returns over the same days (equal lengths). */
    public static double correlation(double[] closesA, double[] closesB) {
        double[] a = logReturns(closesA);
        double[] b = logReturns(closesB);
        if (a.length != b.length) {
            throw new IllegalArgumentException("correlation: the series cover different days (" + a.length + " and "
                    + b.length + " returns)");
        }
        double ma = Arrays.stream(a).average().orElse(0);
        double mb = Arrays.stream(b).average().orElse(0);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);                                  // Σ(a − ā)(b − b̄) / √(Σ(a − ā)² Σ(b − b̄)²)
    }

    /** The median of the values (the mean of the middle two for an even count). */
    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
