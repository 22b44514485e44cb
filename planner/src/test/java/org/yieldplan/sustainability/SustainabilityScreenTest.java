package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.portfolio.Bucket;

class SustainabilityScreenTest {

    private final SustainabilityScreen screen = new SustainabilityScreen(Thresholds.defaults());

    /**
     * $1,000 at 150 % (above the limit: counts 0), $1,000 at 28 % of which 25 % reward, normal 5-20 %
     * (emission-funded: 3 %; outside the range: base 10 %; the lower wins: 3 %), $2,000 at 5 % (no flag).
     * Blended = (1,500 + 280 + 100)/4,000 = 47 %; sustainable = (0 + 30 + 100)/4,000 = 3.25 %.
     */
    @Test
    void sustainableYield_cutsEachFlaggedPositionToItsLowestRule() {
        List<PositionFacts> ps = List.of(
                Facts.position().subject("farm").bucket(Bucket.FARMING).apy(1.5).normal(0.05, 0.12, 0.3).value(1_000).build(),
                Facts.position().subject("curve").bucket(Bucket.LIQUIDITY).apy(0.28).reward(0.25).normal(0.05, 0.10, 0.20)
                        .value(1_000).build(),
                Facts.position().subject("usdc").apy(0.05).value(2_000).build());
        Screening s = screen.screen(ps, 0.05);
        SustainableYield y = s.sustainable();
        assertThat(y.blendedApyBase()).isCloseTo(0.47, within(1e-12));
        assertThat(y.sustainableApy()).isCloseTo(0.0325, within(1e-12));
        assertThat(y.unsustainableApy()).isCloseTo(0.47 - 0.0325, within(1e-12));
        assertThat(y.sustainableAnnualIncome()).isCloseTo(130, within(1e-9));
        assertThat(y.sustainableMonthlyIncome()).isCloseTo(130 / 12.0, within(1e-9));
        assertThat(y.sustainableCuts()).extracting(YieldCut::subject).containsExactly("farm", "curve");
        assertThat(y.sustainableCuts().get(1).rules()).containsExactly("emission-funded", "outside-normal-range");
        assertThat(y.sustainableCuts().get(1).sustainableApy()).isCloseTo(0.03, within(1e-12));
        // 5 % required against 3.25 % sustainable: the plan is flagged
        assertThat(s.flags()).extracting(Flag::rule).contains("plan-needs-unsustainable-yield");
    }

    @Test
    void flags_areListedMostSevereFirst_thenInRuleOrder() {
        List<PositionFacts> ps = List.of(
                Facts.position().subject("curve").apy(0.28).reward(0.25).normal(0.05, 0.10, 0.20).value(1_000).build(),
                Facts.position().subject("farm").apy(1.5).value(1_000).build());
        List<Flag> flags = screen.screen(ps, null).flags();
        assertThat(flags.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(flags.get(0).subject()).isEqualTo("farm");
        List<Severity> severities = flags.stream().map(Flag::severity).toList();
        assertThat(severities).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(flags).extracting(Flag::rule).containsSubsequence("emission-funded", "outside-normal-range");
    }

    @Test
    void aPortfolioOfOrdinaryYields_hasNoFlags_andSustainableEqualsBlended() {
        List<PositionFacts> ps = List.of(
                Facts.position().asset("USDC").protocol("Aave").apy(0.05).value(250).stableShare(1).build(),
                Facts.position().asset("DAI").protocol("Spark").apy(0.04).value(250).stableShare(1).build(),
                Facts.position().asset("FRAX").protocol("Fraxlend").apy(0.07).value(250).stableShare(1).build(),
                Facts.position().asset("USDT").protocol("Compound").apy(0.06).value(250).stableShare(1).build());
        Screening s = screen.screen(ps, 0.04);
        assertThat(s.flags()).isEmpty();
        assertThat(s.sustainable().sustainableApy()).isCloseTo(s.sustainable().blendedApyBase(), within(1e-15));
        assertThat(s.sustainable().sustainableCuts()).isEmpty();
    }
}
