package org.yieldplan.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.holdings.HoldingsImport;
import org.yieldplan.holdings.HoldingsReader;
import org.yieldplan.holdings.ImportProblem;
import org.yieldplan.holdings.ImportProblem.Severity;
import org.yieldplan.holdings.PoolYields;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Assumptions;
import org.yieldplan.market.Catalog;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.PoolLink;
import org.yieldplan.sustainability.PositionFacts;
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
    void yieldsWhenNeeded_areTakenOnce_andOnlyForARowThatNamesAProtocolOrPool() {
        java.util.concurrent.atomic.AtomicInteger taken = new java.util.concurrent.atomic.AtomicInteger();
        PoolYields whenNeeded = HoldingPools.whenNeeded(() -> {
            taken.incrementAndGet();
            return HoldingPools.yields(Fixtures.snapshot(), CATALOG);
        });
        assertThat(whenNeeded.of(holding("SOL", null, "Solana"))).isNull();
        assertThat(taken).hasValue(0);
        assertThat(whenNeeded.of(holding("ETH/USDC", "Aerodrome", "Base")).holding().pool().id())
                .isEqualTo(Fixtures.snapshot().get(3).id());               // the larger of the two, as above
        assertThat(whenNeeded.of(holding("USDT/USDC", "Curve", "Ethereum"))).isNotNull();
        assertThat(taken).hasValue(1);
    }

    @Test
    void theRules_runOnThePoolsFigures() {
        List<HoldingPools.Matched> m = HoldingPools.match(List.of(holding("ETH/USDC", "Aerodrome", "Base")),
                Fixtures.snapshot(), CATALOG);
        Screening s = HoldingPools.screen(m, CATALOG, Thresholds.defaults());
        assertThat(s.flags()).extracting(Flag::rule).contains(ApyAboveLimit.ID);  // the pool pays 132 % > 100 %
    }

    @Test
    void aSheetRead_withThePoolList_takesEachRowsPoolFigures_asThePolicySays_andNotesPoolAndDate() {
        List<Pool> pools = Fixtures.snapshot();
        String v1 = pools.get(26).id();                          // aerodrome-v1 WETH-USDC on Base, APY 11.81023 %
        String csv = "Asset,Value (USD),Protocol,Chain,APY (%),Pool id (DeFiLlama)\n"
                + "ETH/USDC,10000,Aerodrome,Base,,\n"                    // matched by protocol, chain, tokens: the pool's
                + "USDT/USDC,5000,Curve,Ethereum,4,\n"                   // its own APY: kept, the pool named
                + "USDC/WETH,2000,,,7,https://defillama.com/yields/pool/" + v1.toUpperCase(java.util.Locale.ROOT) + "\n"
                + "ETH/USDC,1000,,,5,00000000-0000-0000-0000-000000000000\n"  // not in the list: its own APY, a warning
                + "SOL,1000,Jito,Solana,,\n";                             // nothing to match
        HoldingsImport r = new HoldingsReader(CATALOG).withPools(HoldingPools.yields(pools, CATALOG))
                .read(csv.getBytes(StandardCharsets.UTF_8), "mine.csv");
        List<Holding> h = r.holdings();
        assertThat(h.get(0).statedApy()).isCloseTo(1.3240574, within(1e-12));      // slipstream 132.40574 %, the larger
        assertThat(h.get(0).apyReward()).isCloseTo(1.054906, within(1e-12));
        assertThat(h.get(0).pool()).isEqualTo(new PoolLink(pools.get(3).id(), Fixtures.SNAPSHOT_DATE, 135.09496 / 100));
        assertThat(h.get(1).statedApy()).isEqualTo(0.04);
        assertThat(h.get(1).pool()).isNull();
        assertThat(h.get(2).statedApy()).isCloseTo(0.1181023, within(1e-12));
        assertThat(h.get(2).pool()).isEqualTo(new PoolLink(v1, Fixtures.SNAPSHOT_DATE, 15.27567 / 100));
        assertThat(h.get(3).statedApy()).isEqualTo(0.05);
        assertThat(h.get(3).pool()).isEqualTo(PoolLink.of("00000000-0000-0000-0000-000000000000"));
        assertThat(h.get(4).pool()).isNull();
        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::severity).containsExactly(
                tuple(2, Severity.INFO), tuple(3, Severity.INFO), tuple(4, Severity.INFO), tuple(5, Severity.WARNING));
        assertThat(r.problems().get(0).message()).contains(pools.get(3).id(), "of 2025-08-31", "132.41 %",
                "30-day mean 135.09 %", "matched by protocol, chain and tokens");
        assertThat(r.problems().get(1).message()).contains("own APY of 4.00 % is used", pools.get(96).id(), "3.00 %");
        assertThat(r.problems().get(2).message()).contains(v1, "11.81 %", "replaces the row's 7.00 %");
        assertThat(r.problems().get(3).message()).contains("not in the pool list of 2025-08-31 (1,134 pools)",
                "own APY of 5.00 % is used");
    }

    @Test
    void aMatchedHolding_givesThePositionThePoolsThirtyDayMean_andItsSource() {
        Holding h = HoldingPools.match(List.of(holding("USDC/WETH", "Aerodrome V1", "Base")), Fixtures.snapshot(), CATALOG)
                .get(0).holding();
        var position = new Assumptions(CATALOG, List.of()).position(h);
        assertThat(PositionFacts.of(position, CATALOG).apyMean30d()).isEqualTo(15.27567 / 100);
        assertThat(position.apySource()).startsWith("DeFiLlama pool e8cb4dbb-9e66-4cfa-9c77-407118b128a0 of 2025-08-31");
    }

    private static Holding holding(String asset, String protocol, String chain) {
        return new Holding(asset, null, null, 10_000, Bucket.LIQUIDITY, false, protocol, chain, null, null, null, null, null);
    }
}
