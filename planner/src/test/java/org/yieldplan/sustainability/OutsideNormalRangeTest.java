package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.yieldplan.portfolio.Bucket;

class OutsideNormalRangeTest {

    private final OutsideNormalRange rule = new OutsideNormalRange(1.0);

    @Test
    void stablecoinLendingAtTwentyFivePercent_isOutsideTwoToEight_byAMultipleOf3125() {
        PositionFacts p = Facts.position().apy(0.25).normal(0.02, 0.05, 0.08).build();
        Flag f = rule.check(p, Comparables.none()).orElseThrow();
        assertThat(f.evidence()).filteredOn(e -> e.name().equals("times the high")).singleElement()
                .satisfies(e -> assertThat(e.value()).isCloseTo(0.25 / 0.08, within(1e-12)));
        assertThat(f.message()).contains("3.13×");
        assertThat(rule.sustainableApy(p)).isEqualTo(0.05);
    }

    @Test
    void apyAtTheHighEnd_isNotFlagged_justAboveIs() {
        assertThat(rule.check(Facts.position().apy(0.08).build(), Comparables.none())).isEmpty();
        assertThat(rule.check(Facts.position().apy(0.0801).build(), Comparables.none())).isPresent();
    }

    @Test
    void withAMultipleOfTwo_onlyApyAboveTwiceTheHighIsFlagged() {
        OutsideNormalRange twice = new OutsideNormalRange(2.0);
        assertThat(twice.check(Facts.position().apy(0.16).build(), Comparables.none())).isEmpty();
        assertThat(twice.check(Facts.position().apy(0.1601).build(), Comparables.none())).isPresent();
    }

    @Test
    void aBucketWithAZeroRange_isNotScreened() {
        PositionFacts growth = Facts.position().bucket(Bucket.GROWTH).apy(0.01).normal(0, 0, 0).build();
        assertThat(rule.check(growth, Comparables.none())).isEmpty();
    }

    @Test
    void theCutNeverRaisesAYield() {
        PositionFacts p = Facts.position().apy(0.03).normal(0.02, 0.05, 0.08).build();
        assertThat(rule.sustainableApy(p)).isEqualTo(0.03);
    }
}
