package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConcentrationTest {

    private final Concentration rule = new Concentration(0.25, 0.5, 0.4);

    @Test
    void aProtocolWithExactlyAQuarter_isNotFlagged_justAboveIs() {
        assertThat(rule.check(portfolio(
                Facts.position().asset("A").protocol("Aave").value(25),
                Facts.position().asset("B").protocol("Compound").value(25),
                Facts.position().asset("C").protocol("Maker").value(25),
                Facts.position().asset("D").protocol("Morpho").value(25)))).isEmpty();
        List<Flag> flags = rule.check(portfolio(
                Facts.position().asset("A").protocol("Aave").value(25.01),
                Facts.position().asset("B").protocol("Compound").value(25),
                Facts.position().asset("C").protocol("Maker").value(25),
                Facts.position().asset("D").protocol("Morpho").value(24.99)));
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("protocol Aave");
            assertThat(f.evidence().get(0).value()).isCloseTo(25.01 / 100, within(1e-12));
        });
    }

    @Test
    void aChainAboveHalf_isFlagged_atHalfItIsNot() {
        assertThat(rule.check(portfolio(
                Facts.position().asset("A").chain("Ethereum").value(25),
                Facts.position().asset("A2").chain("Ethereum").value(25),
                Facts.position().asset("B").chain("Solana").value(30),
                Facts.position().asset("C").chain("Base").value(20)))).isEmpty();
        assertThat(rule.check(portfolio(
                Facts.position().asset("A").chain("Ethereum").value(26),
                Facts.position().asset("A2").chain("Ethereum").value(25),
                Facts.position().asset("B").chain("Solana").value(30),
                Facts.position().asset("C").chain("Base").value(19))))
                .extracting(Flag::subject).containsExactly("chain Ethereum");
    }

    @Test
    void oneAssetAboveFortyPercent_acrossBuckets_isFlagged() {
        List<Flag> flags = rule.check(portfolio(
                Facts.position().asset("ETH").value(30),
                Facts.position().asset("ETH").value(11),
                Facts.position().asset("BTC").value(30),
                Facts.position().asset("USDC").value(29)));
        assertThat(flags).extracting(Flag::subject).containsExactly("asset ETH");
        assertThat(rule.check(portfolio(
                Facts.position().asset("ETH").value(40),
                Facts.position().asset("BTC").value(30),
                Facts.position().asset("USDC").value(30)))).isEmpty();
    }

    @Test
    void theLimitsAreConfigurable() {
        Concentration strict = new Concentration(0.1, 0.5, 0.4);
        assertThat(strict.check(portfolio(
                Facts.position().asset("A").protocol("Aave").value(11),
                Facts.position().asset("B").value(30),
                Facts.position().asset("C").value(30),
                Facts.position().asset("D").value(29)))).extracting(Flag::subject).containsExactly("protocol Aave");
    }

    @Test
    void spotHoldings_areNoChainOrProtocolRisk_andTheirAssetFlagSpeaksOfPrice() {
        // 60 % spot BTC on Bitcoin: no chain flag (no protocol can fail it); the asset flag is about its price
        List<Flag> flags = rule.check(portfolio(
                Facts.position().asset("BTC").bucket(org.yieldplan.portfolio.Bucket.GROWTH).chain("Bitcoin").value(60),
                Facts.position().asset("ETH").bucket(org.yieldplan.portfolio.Bucket.GROWTH).chain("Ethereum").value(20),
                Facts.position().asset("USDC").protocol("Aave").chain("Ethereum").value(20)));
        assertThat(flags).extracting(Flag::subject).containsExactly("asset BTC");
        assertThat(flags.get(0).message()).contains("one fall in its price hits all of it").doesNotContain("one failure");
        // the same value lent on Bitcoin-side protocols is a chain risk
        assertThat(rule.check(portfolio(
                Facts.position().asset("WBTC").protocol("Aave").chain("Ethereum").value(30),
                Facts.position().asset("USDC").protocol("Compound").chain("Ethereum").value(21),
                Facts.position().asset("SOL").bucket(org.yieldplan.portfolio.Bucket.GROWTH).chain("Solana").value(49))))
                .extracting(Flag::subject).contains("chain Ethereum");
    }

    private static PortfolioFacts portfolio(Facts... facts) {
        return new PortfolioFacts(java.util.Arrays.stream(facts).map(Facts::build).toList(), null, null, null);
    }
}
