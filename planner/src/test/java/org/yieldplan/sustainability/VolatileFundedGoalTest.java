package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.portfolio.Bucket;

class VolatileFundedGoalTest {

    private final VolatileFundedGoal rule = new VolatileFundedGoal(0.5);

    @Test
    void aGoalFundedJustAboveHalfByVolatileTokens_isFlagged_justBelowIsNot() {
        // ETH 40 (volatile) + ETH/USDC 20.02 (half volatile) + USDC 39.98: volatile 50.01 of 100
        List<Flag> flags = rule.check(withGoal(
                Facts.position().asset("ETH").bucket(Bucket.STAKING).value(40).stableShare(0),
                Facts.position().asset("ETH/USDC").bucket(Bucket.LIQUIDITY).value(20.02).stableShare(0.5),
                Facts.position().asset("USDC").value(39.98).stableShare(1)));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("goal-funded-by-volatile-tokens");
            assertThat(f.evidence().get(0).value()).isCloseTo(50.01 / 100, within(1e-12));
        });
        assertThat(rule.check(withGoal(
                Facts.position().asset("ETH").bucket(Bucket.STAKING).value(40).stableShare(0),
                Facts.position().asset("ETH/USDC").bucket(Bucket.LIQUIDITY).value(19.98).stableShare(0.5),
                Facts.position().asset("USDC").value(40.02).stableShare(1)))).isEmpty();
    }

    @Test
    void withoutAGoal_nothingFires() {
        PortfolioFacts noGoal = new PortfolioFacts(List.of(
                Facts.position().asset("ETH").bucket(Bucket.STAKING).value(100).stableShare(0).build()), null, null, null);
        assertThat(rule.check(noGoal)).isEmpty();
    }

    private static PortfolioFacts withGoal(Facts... facts) {
        return new PortfolioFacts(java.util.Arrays.stream(facts).map(Facts::build).toList(), 0.05, null, null);
    }
}
