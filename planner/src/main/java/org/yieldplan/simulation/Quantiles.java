package org.yieldplan.simulation;

/**
 * Percentiles of the simulated paths, Hyndman and Fan's type 7 (linear between the order statistics; R's default,
 * Excel's PERCENTILE.INC): for p in (0, 100], at the 1-based position h = 1 + (n − 1)·p/100, the value
 * x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎). The same figures, to the bit, as Hipparchus's {@code Percentile} with
 * {@code R_7}, which this replaces. The order statistics are selected, not sorted for (Hoare's quickselect, one after
 * the other on the part of the column above the last): less work than a sort, and a few lines for the JIT to compile
 * where the JDK's sort, compiled into each caller, was about a quarter of a {@code plan} command's compiling.
 */
final class Quantiles {

    private Quantiles() {
    }

    /**
     * The percentiles of the values, which are reordered.
     *
     * @param percents each in (0, 100], in rising order
     */
    static double[] r7(double[] values, double... percents) {
        int n = values.length;
        double[] out = new double[percents.length];
        int last = -1;                                      // the highest order statistic in place; those asked before are too
        for (int k = 0; k < percents.length; k++) {
            if (k > 0 && !(percents[k] >= percents[k - 1])) {
                throw new IllegalArgumentException("percents: must rise, got " + java.util.Arrays.toString(percents));
            }
            double q = percents[k] / 100;
            double h = q == 1 ? n : 1 + (n - 1) * q;
            int i = n == 0 ? 0 : h < 1 ? 1 : h >= n ? n : (int) Math.floor(h);   // 1-based: x₍ᵢ₎ (and x₍ᵢ₊₁₎ inside)
            for (int at = i - 1; at <= Math.min(n - 1, i); at++) {
                if (at > last) {
                    select(values, last + 1, n, at);        // everything before last + 1 is no greater
                    last = at;
                }
            }
            if (n == 0) {
                out[k] = Double.NaN;
            } else if (h < 1 || h >= n) {
                out[k] = values[i - 1];
            } else {
                double lower = values[i - 1];
                out[k] = lower + (h - Math.floor(h)) * (values[i] - lower);
            }
        }
        return out;
    }

    /**
     * The k-th smallest of the values (0-based), which are reordered: afterwards it sits at {@code values[k]}, with
     * none greater before it and none smaller after it.
     */
    static double kth(double[] values, int k) {
        select(values, 0, values.length, k);
        return values[k];
    }

    /** The median: the middle value, or the mean of the middle two. The values are reordered. */
    static double median(double[] values) {
        int n = values.length;
        double upper = kth(values, n / 2);
        if (n % 2 == 1) {
            return upper;
        }
        double lower = values[0];
        for (int i = 1; i < n / 2; i++) {
            lower = Math.max(lower, values[i]);             // the largest below the upper middle
        }
        return (lower + upper) / 2;
    }

    /** Hoare's quickselect of the k-th smallest within values[from .. to), median-of-three pivots. */
    private static void select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double pivot = medianOfThree(a[lo], a[mid], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;                                     // between: equal to the pivot
            }
        }
    }

    private static double medianOfThree(double x, double y, double z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
