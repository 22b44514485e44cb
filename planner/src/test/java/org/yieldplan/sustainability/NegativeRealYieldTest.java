package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.yieldplan.portfolio.Bucket;

class NegativeRealYieldTest {

    private final NegativeRealYield rule = new NegativeRealYield();

    @Test
    void stakingAtFourPercentOnATokenInflatingFive_hasNegativeRealYield() {
        Flag f = rule.check(Facts.position().bucket(Bucket.STAKING).apy(0.04).inflation(0.05).build(), Comparables.none())
                .orElseThrow();
        // (1 + 0.04)/(1 + 0.05) − 1 = −0.0095238...
        assertThat(f.evidence()).filteredOn(e -> e.name().equals("real yield")).singleElement()
                .satisfies(e -> assertThat(e.value()).isCloseTo(1.04 / 1.05 - 1, within(1e-12)));
    }

    @Test
    void stakingApyEqualToInflation_orJustAbove_isNotFlagged() {
        assertThat(rule.check(Facts.position().bucket(Bucket.STAKING).apy(0.05).inflation(0.05).build(), Comparables.none())).isEmpty();
        assertThat(rule.check(Facts.position().bucket(Bucket.STAKING).apy(0.0501).inflation(0.05).build(), Comparables.none())).isEmpty();
        assertThat(rule.check(Facts.position().bucket(Bucket.STAKING).apy(0.0499).inflation(0.05).build(), Comparables.none())).isPresent();
    }

    @Test
    void onlyStakingIsScreened() {
        assertThat(rule.check(Facts.position().bucket(Bucket.LENDING).apy(0.01).inflation(0.05).build(), Comparables.none())).isEmpty();
    }
}
