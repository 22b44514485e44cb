package org.yieldplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
}
