package org.yieldplan.pools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yieldplan.holdings.PoolYields;
import org.yieldplan.json.DefiLlamaFiles;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Catalog;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.PoolLink;

/**
 * A pool list read row by row when asked ({@link PoolList#readWhenAsked}) answers as the whole list read at once
 * ({@link PoolList#of} of {@link PoolCsv#pools}): on every pool of the bundled list, and on a list with a damaged row.
 */
class PoolListTest {

    private static final Catalog CATALOG = SampleFiles.catalog();

    @Test
    void theBundledList_readWhenAsked_givesEveryPoolAndProtocol_asTheWholeListReadAtOnce() {
        List<Pool> pools = DefiLlamaFiles.bundledPools();
        PoolList whole = PoolList.of(pools);
        PoolList lazy = DefiLlamaFiles.bundledPoolList();
        assertThat(lazy.size()).isEqualTo(pools.size()).isEqualTo(1_134);
        for (Pool p : pools) {
            assertThat(lazy.withId(p.id())).isEqualTo(whole.withId(p.id())).isNotNull();
            assertThat(lazy.withId(p.id().toUpperCase(Locale.ROOT))).isEqualTo(whole.withId(p.id()));
        }
        assertThat(lazy.withId("00000000-0000-0000-0000-000000000000")).isNull();
        for (String slug : slugs(pools)) {
            assertThat(lazy.ofProtocol(slug)).as(slug).isEqualTo(whole.ofProtocol(slug));
        }
        assertThat(lazy.ofProtocol("curve")).hasSize(619);                   // curve-dex
        assertThat(lazy.ofProtocol("aerodrome")).hasSize(364);               // aerodrome-slipstream 359, aerodrome-v1 5
        assertThat(lazy.ofProtocol("aave")).isEmpty();
        assertThat(lazy.date()).isEqualTo(whole.date()).isEqualTo("2025-08-31");
    }

    @Test
    void holdingsMatchedToTheBundledList_readWhenAsked_getTheSameAnswers_rowByRow() {
        List<Pool> pools = DefiLlamaFiles.bundledPools();
        PoolYields whole = HoldingPools.yields(pools, CATALOG);
        PoolYields lazy = HoldingPools.yields(DefiLlamaFiles.bundledPoolList(), CATALOG);
        List<Holding> rows = new ArrayList<>();
        for (Pool p : pools) {
            String asset = p.symbol().replace('-', '/');
            rows.add(holding(asset, null, null, null).withPool(PoolLink.of(p.id())));         // by its pool id
            rows.add(holding(asset, p.project(), p.chain(), null));                           // by protocol, chain, tokens
            rows.add(holding(asset, p.project().split("-")[0], null, 0.05));                  // any chain, its own APY
        }
        rows.add(holding("ETH", "Lido", "Ethereum", null));                                    // a protocol not listed
        rows.add(holding("ETH/USDC", null, null, 0.05).withPool(PoolLink.of("00000000-0000-0000-0000-000000000000")));
        int answered = 0;
        for (Holding h : rows) {
            PoolYields.Answer a = whole.of(h);
            assertThat(lazy.of(h)).as(h.toString()).isEqualTo(a);
            answered += a == null ? 0 : 1;
        }
        assertThat(answered).as("rows the pools answer").isGreaterThan(2 * pools.size());
    }

    @Test
    void aDamagedRow_isLeftOutAsAWholeReadingLeavesItOut_andRowsOfOtherProtocolsNeverReadIt() {
        String csv = "pool,protocol_slug,chain,symbol,dt,tvl_usd,apy\n"
                + "a1,curve-dex,Ethereum,USDC-USDT,2025-08-30,1000,3.5\n"
                + "b1,lost-protocol,Ethereum,ETH,2025-08-31,not a number,4\n"
                + "\n"
                + "a2,curve-dex,Base,USDC-USDT,2025-08-29,2000,2.5\n";
        PoolText text = new PoolText("list.csv", csv);
        Parsed<Pool> read = PoolCsv.pools(text, null);
        assertThat(read.problems()).containsExactly("list.csv line 3 (pool b1): tvl_usd: \"not a number\" is not a number");
        PoolList whole = PoolList.of(read.values());
        PoolList lazy = PoolList.readWhenAsked(text, null);
        assertThat(lazy.ofProtocol("curve")).isEqualTo(whole.ofProtocol("curve")).extracting(Pool::id)
                .containsExactly("a1", "a2");
        assertThat(lazy.withId("A2")).isEqualTo(whole.withId("a2"));
        assertThat(lazy.withId("b1")).isNull();
        assertThat(lazy.ofProtocol("lost")).isEqualTo(whole.ofProtocol("lost")).isEmpty();
        assertThat(lazy.date()).isEqualTo(whole.date()).isEqualTo("2025-08-30");   // the damaged row's date is not one
        assertThat(lazy.size()).as("the damaged row is counted, the blank line not").isEqualTo(3);
        assertThat(whole.size()).isEqualTo(2);
    }

    @Test
    void aListWithoutAColumnAPoolNeeds_isRefused_namingTheFile() {
        PoolText text = new PoolText("list.csv", "pool,chain,symbol,tvl_usd,apy\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PoolList.readWhenAsked(text, null))
                .hasMessage("list.csv: no column protocol_slug or project in the header (a DeFiLlama pools or history CSV "
                        + "is expected)");
    }

    /** Every project of the list, and each project's first word (the protocol as a sheet names it). */
    private static Set<String> slugs(List<Pool> pools) {
        Set<String> out = new LinkedHashSet<>();
        for (Pool p : pools) {
            out.add(p.project());
            out.add(p.project().split("-")[0]);
        }
        out.add("pancakeswap-amm");
        out.add("uniswap");
        return out;
    }

    private static Holding holding(String asset, String protocol, String chain, Double apy) {
        return new Holding(asset, null, null, 10_000, Bucket.LIQUIDITY, false, protocol, chain, apy, apy == null ? null : 0.0,
                null, null, null);
    }
}
