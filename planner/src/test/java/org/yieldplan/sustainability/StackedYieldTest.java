package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Assumptions;
import org.yieldplan.market.Catalog;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;

class StackedYieldTest {

    private final StackedYield rule = new StackedYield();
    private final Catalog catalog = SampleFiles.catalog();

    @Test
    void stEthLentOnAave_isStacked() {
        assertThat(rule.check(facts("stETH", Bucket.LENDING), Comparables.none())).isPresent();
    }

    @Test
    void aReceiptInAPool_isStacked() {
        Flag f = rule.check(facts("wstETH/ETH", Bucket.LIQUIDITY), Comparables.none()).orElseThrow();
        assertThat(f.message()).startsWith("wstETH is a liquid-staking receipt");
    }

    @Test
    void stakingItself_orLendingThePlainToken_isNotStacked() {
        assertThat(rule.check(facts("stETH", Bucket.STAKING), Comparables.none())).isEmpty();
        assertThat(rule.check(facts("ETH", Bucket.LENDING), Comparables.none())).isEmpty();
        assertThat(rule.check(facts("stETH", Bucket.GROWTH), Comparables.none())).isEmpty();
    }

    private PositionFacts facts(String asset, Bucket bucket) {
        return PositionFacts.of(Assumptions.of(catalog).position(Holding.ofValue(asset, bucket, 10_000)), catalog);
    }
}
