package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApySpikeTest {

    private final ApySpike rule = new ApySpike(2.0, 1.5);

    @Test
    void apyAboveTwiceItsThirtyDayMean_isASpike_namingTheMeanTest() {
        Flag f = rule.check(Facts.position().apy(0.1001).mean30d(0.05).build(), Comparables.none()).orElseThrow();
        assertThat(f.message()).contains("30-day mean");
        assertThat(f.evidence()).extracting(Evidence::name).contains("30-day mean", "times the mean", "limit");
    }

    @Test
    void apyOfExactlyTwiceTheMean_orBelow_isNotASpike() {
        assertThat(rule.check(Facts.position().apy(0.10).mean30d(0.05).build(), Comparables.none())).isEmpty();
        assertThat(rule.check(Facts.position().apy(0.0999).mean30d(0.05).build(), Comparables.none())).isEmpty();
    }

    /**
     * Eight comparable pools at 1..8 % and the pool itself at x (the largest). Sorted, n = 9:
     * q1 = v[2] = 3 %, q3 = v[6] = 7 % (type 7 quantiles at h = 2 and 6), IQR = 4 %,
     * mean = (36 % + x)/9. Fires when x &gt; mean + 1.5·IQR, i.e. x &gt; (0.36 + x)/9 + 0.06, i.e. x &gt; 0.1125.
     */
    @Test
    void withoutAMean_apyAboveMeanPlusOneAndAHalfIqrOfComparables_isASpike() {
        assertThat(spikeAmongComparables(0.1126)).isPresent()
                .get().satisfies(f -> assertThat(f.message()).contains("comparable pools"));
        assertThat(spikeAmongComparables(0.1124)).isEmpty();
        Flag f = spikeAmongComparables(0.30).orElseThrow();
        double mean = (0.36 + 0.30) / 9;
        assertThat(f.evidence()).filteredOn(e -> e.name().equals("limit")).singleElement()
                .satisfies(e -> assertThat(e.value()).isCloseTo(mean + 0.06, within(1e-12)));
    }

    @Test
    void tooFewComparables_giveNoInterquartileTest() {
        List<PositionFacts> few = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            few.add(Facts.position().apy(i / 100.0).build());
        }
        PositionFacts p = Facts.position().apy(5.0).build();
        few.add(p);
        assertThat(rule.check(p, Comparables.of(few, 8))).isEmpty();
    }

    @Test
    void aKnownMean_takesPrecedenceOverComparables() {
        List<PositionFacts> all = comparables();
        PositionFacts p = Facts.position().apy(0.30).mean30d(0.20).build();
        all.add(p);
        assertThat(rule.check(p, Comparables.of(all, 8))).isEmpty();       // 1.5× its own mean: no spike
    }

    @Test
    void quartiles_matchExcelQuartileInc() {
        double[] v = {1, 2, 3, 4};
        assertThat(Comparables.quantile(v, 0.25)).isEqualTo(1.75);
        assertThat(Comparables.quantile(v, 0.75)).isEqualTo(3.25);
        assertThat(Comparables.quantile(new double[] {7}, 0.75)).isEqualTo(7);
    }

    private java.util.Optional<Flag> spikeAmongComparables(double apy) {
        List<PositionFacts> all = comparables();
        PositionFacts p = Facts.position().apy(apy).build();
        all.add(p);
        return rule.check(p, Comparables.of(all, 8));
    }

    private static List<PositionFacts> comparables() {
        List<PositionFacts> out = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            out.add(Facts.position().apy(i / 100.0).build());
        }
        return out;
    }
}
