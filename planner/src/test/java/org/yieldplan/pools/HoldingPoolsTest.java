package org.yieldplan.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Catalog;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.sustainability.ApyAboveLimit;
import org.yieldplan.sustainability.Flag;
import org.yieldplan.sustainability.Screening;
import org.yieldplan.sustainability.Thresholds;

/** Holdings matched to the 2025-08-31 snapshot's pools by project, chain and tokens; the rules run on the pool's figures. */
class HoldingPoolsTest {

    private static final Catalog CATALOG = SampleFiles.catalog();

    @Test
    void eachHolding_takesItsPoolsApySplitAndDate_orKeepsItsOwnWithoutOne() {
        List<Pool> pools = Fixtures.snapshot();
        List<HoldingPools.Matched> m = HoldingPools.match(List.of(
                holding("ETH/USDC", "Aerodrome", "Base"),        // slipstream and v1 both list WETH-USDC: the larger
                holding("USDC/WETH", "Aerodrome V1", "Base"),
                holding("USDT/USDC", "Curve", "Ethereum"),
                holding("SOL", "Jito", "Solana")), pools, CATALOG);
        // rows of current_state_2025-08-31.csv (0-based after the header), values read off the file
        assertThat(m.get(0).pool()).isEqualTo(pools.get(3));     // aerodrome-slipstream, TVL 120,304,618, APY 132.40574 %
        assertThat(m.get(1).pool()).isEqualTo(pools.get(26));    // aerodrome-v1, TVL 21,875,664, APY 11.81023 %
        assertThat(m.get(2).pool()).isEqualTo(pools.get(96));    // curve-dex, USDC-USDT, TVL 5,773,021
        assertThat(m.get(3).pool()).isNull();
        Holding h = m.get(1).holding();
        assertThat(h.apyBase() + h.apyReward()).isCloseTo(0.1181023, within(1e-12));
        assertThat(h.apyReward()).isEqualTo(pools.get(26).apyReward());
        assertThat(m.get(1).pool().date()).isEqualTo(Fixtures.SNAPSHOT_DATE);
        assertThat(m.get(3).holding()).isEqualTo(holding("SOL", "Jito", "Solana"));
    }

    @Test
    void theRules_runOnThePoolsFigures() {
        List<HoldingPools.Matched> m = HoldingPools.match(List.of(holding("ETH/USDC", "Aerodrome", "Base")),
                Fixtures.snapshot(), CATALOG);
        Screening s = HoldingPools.screen(m, CATALOG, Thresholds.defaults());
        assertThat(s.flags()).extracting(Flag::rule).contains(ApyAboveLimit.ID);  // the pool pays 132 % > 100 %
    }

    private static Holding holding(String asset, String protocol, String chain) {
        return new Holding(asset, null, null, 10_000, Bucket.LIQUIDITY, false, protocol, chain, null, null, null, null, null);
    }
}
