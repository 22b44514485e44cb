package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.portfolio.Bucket;

class StablecoinIssuerTest {

    private final StablecoinIssuer rule = new StablecoinIssuer(0.5);

    @Test
    void usdcAcrossBuckets_justAboveHalf_isFlagged_justBelowIsNot() {
        // USDC lent (whole) + ETH/USDC pool (half of it USDC) + EURC (also Circle): 30 + 40/2 + 0.01 = 50.01 of 100
        List<Flag> flags = rule.check(portfolio(
                Facts.position().asset("USDC").protocol("Aave").value(30).stableShare(1),
                Facts.position().asset("ETH/USDC").bucket(Bucket.LIQUIDITY).protocol("Uniswap").value(40).stableShare(0.5),
                Facts.position().asset("EURC").protocol("Morpho").value(0.01).stableShare(1),
                Facts.position().asset("ETH").bucket(Bucket.GROWTH).value(29.99).stableShare(0)));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("stablecoin-issuer");
            assertThat(f.subject()).isEqualTo("stablecoin issuer Circle");
            assertThat(f.evidence().get(0).value()).isCloseTo(50.01 / 100, within(1e-12));
            assertThat(f.message()).contains("USDC", "EURC");
        });
        assertThat(rule.check(portfolio(
                Facts.position().asset("USDC").protocol("Aave").value(30).stableShare(1),
                Facts.position().asset("ETH/USDC").bucket(Bucket.LIQUIDITY).protocol("Uniswap").value(40).stableShare(0.5),
                Facts.position().asset("ETH").bucket(Bucket.GROWTH).value(30).stableShare(0)))).isEmpty();
    }

    @Test
    void differentIssuers_areCountedApart() {
        // 40 USDC (Circle) + 40 USDT (Tether) + USDC/USDT pool 20 (10 each): 50 % each, neither above half
        assertThat(rule.check(portfolio(
                Facts.position().asset("USDC").value(40).stableShare(1),
                Facts.position().asset("USDT").value(40).stableShare(1),
                Facts.position().asset("USDC/USDT").bucket(Bucket.LIQUIDITY).value(20).stableShare(1)))).isEmpty();
    }

    private static PortfolioFacts portfolio(Facts... facts) {
        return new PortfolioFacts(java.util.Arrays.stream(facts).map(Facts::build).toList(), null, null, null);
    }
}
