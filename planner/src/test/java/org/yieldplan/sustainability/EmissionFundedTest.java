package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmissionFundedTest {

    private final EmissionFunded rule = new EmissionFunded(0.5);

    @Test
    void curvePoolAtThreeBasePlusTwentyFiveReward_isEmissionFunded() {
        PositionFacts p = Facts.position().apy(0.28).reward(0.25).build();
        Flag f = rule.check(p, Comparables.none()).orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        // reward share 0.25 / 0.28 = 0.892857...
        assertThat(f.evidence()).filteredOn(e -> e.name().equals("reward share")).singleElement()
                .satisfies(e -> assertThat(e.value()).isCloseTo(25.0 / 28.0, within(1e-12)));
        assertThat(rule.sustainableApy(p)).isCloseTo(0.03, within(1e-12));
    }

    @Test
    void rewardOfExactlyHalf_isNotFlagged_justAboveHalfIs() {
        assertThat(rule.check(Facts.position().apy(0.10).reward(0.05).build(), Comparables.none())).isEmpty();
        assertThat(rule.check(Facts.position().apy(0.10).reward(0.0499).build(), Comparables.none())).isEmpty();
        assertThat(rule.check(Facts.position().apy(0.10).reward(0.0501).build(), Comparables.none())).isPresent();
    }

    @Test
    void aZeroYield_isNotFlagged() {
        assertThat(rule.check(Facts.position().apy(0).reward(0).build(), Comparables.none())).isEmpty();
    }
}
