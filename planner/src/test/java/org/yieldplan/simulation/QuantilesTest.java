package org.yieldplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

class QuantilesTest {

    /** By hand: 1, 2, 3, 4, 10 at the 5th, 25th, 50th, 75th and 95th percentiles (h = 1 + 4p/100). */
    @Test
    void fiveValues_byHand() {
        double[] at = Quantiles.r7(new double[] {10, 3, 1, 4, 2}, 5, 25, 50, 75, 95, 100);
        // h = 1.2 → 1 + 0.2·(2 − 1); h = 2 → 2; h = 3 → 3; h = 4 → 4; h = 4.8 → 4 + 0.8·(10 − 4); h = 5 → 10
        assertThat(at).containsExactly(new double[] {1.2, 2, 3, 4, 8.8, 10}, within(1e-12));
        assertThat(Quantiles.r7(new double[] {7}, 5, 50)).containsExactly(7, 7);
    }

    /** The same figures, to the bit, as Hipparchus's Percentile with R_7 (which the simulation used before). */
    @Test
    void sameBitsAsHipparchusR7() {
        Random random = new Random(7);
        double[] percents = {5, 10, 25, 50, 75, 90, 95, 99.5, 100};
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(trial < 100 ? 20 : 3_000);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = switch (random.nextInt(4)) {
                    case 0 -> 0;                                              // emptied paths: many zeros, ties
                    case 1 -> Math.round(random.nextGaussian() * 10);
                    default -> Math.exp(random.nextGaussian() * 3) * 1e5;
                };
            }
            Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            p.setData(values.clone());
            double[] ours = Quantiles.r7(values.clone(), percents);
            for (int k = 0; k < percents.length; k++) {
                assertThat(ours[k]).as("n %d, p %s", n, percents[k]).isEqualTo(p.evaluate(percents[k]));
            }
        }
    }

    /**
     * Selection against a sort: every order statistic, the median and the percentiles of columns with many ties (all
     * equal, two values, sorted, reversed, emptied paths at zero), bit for bit.
     */
    @Test
    void selectedOrderStatistics_areTheSortedOnes() {
        Random random = new Random(11);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + random.nextInt(trial < 200 ? 12 : 2_000);
            double[] values = new double[n];
            int kind = trial % 5;
            for (int i = 0; i < n; i++) {
                values[i] = switch (kind) {
                    case 0 -> 42;                                             // all equal
                    case 1 -> random.nextBoolean() ? 0 : 75_000;              // paid in full or nothing
                    case 2 -> i;                                              // already sorted
                    case 3 -> n - i;                                          // reversed
                    default -> random.nextInt(4) == 0 ? 0 : Math.exp(random.nextGaussian() * 2);
                };
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int k = random.nextInt(n);
            assertThat(Double.doubleToRawLongBits(Quantiles.kth(values.clone(), k)))
                    .as("trial %d, k %d of %d", trial, k, n).isEqualTo(Double.doubleToRawLongBits(sorted[k]));
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            assertThat(Quantiles.median(values.clone())).as("trial %d median", trial).isEqualTo(median);
            double[] percents = {5, 10, 25, 50, 75, 90, 95};
            double[] ours = Quantiles.r7(values.clone(), percents);
            for (int p = 0; p < percents.length; p++) {
                double h = 1 + (n - 1) * (percents[p] / 100);                 // as R_7: q = p / 100 first
                int i = (int) Math.floor(h);
                double expected = h >= n ? sorted[n - 1] : sorted[i - 1] + (h - i) * (sorted[i] - sorted[i - 1]);
                assertThat(ours[p]).as("trial %d, p %s", trial, percents[p]).isEqualTo(expected);
            }
        }
    }

    @Test
    void percentsOutOfOrder_areRefused() {
        assertThatThrownBy(() -> Quantiles.r7(new double[] {1, 2, 3}, 50, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
