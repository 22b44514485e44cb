package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApyAboveLimitTest {

    private final ApyAboveLimit rule = new ApyAboveLimit(1.0);

    @Test
    void apyJustAboveOneHundredPercent_isCritical() {
        Flag f = rule.check(Facts.position().apy(1.0001).build(), Comparables.none()).orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(f.rule()).isEqualTo("apy-above-limit");
        assertThat(f.evidence()).extracting(Evidence::name).containsExactly("APY", "limit");
        assertThat(f.evidence().get(1).value()).isEqualTo(1.0);
        assertThat(f.evidence().get(0).text()).isEqualTo("100.01 %");
    }

    @Test
    void apyOfExactlyOneHundredPercent_orJustBelow_isNotFlagged() {
        assertThat(rule.check(Facts.position().apy(1.0).build(), Comparables.none())).isEmpty();
        assertThat(rule.check(Facts.position().apy(0.9999).build(), Comparables.none())).isEmpty();
    }

    @Test
    void aFlaggedYield_countsAsZeroInTheSustainableYield() {
        assertThat(rule.sustainableApy(Facts.position().apy(1.5).build())).isZero();
    }

    @Test
    void theLimitIsConfigurable() {
        ApyAboveLimit half = new ApyAboveLimit(0.5);
        assertThat(half.check(Facts.position().apy(0.51).build(), Comparables.none())).isPresent();
        assertThat(half.check(Facts.position().apy(0.49).build(), Comparables.none())).isEmpty();
    }
}
