package org.yieldplan.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.DefiLlamaFiles;

/** The readers: the recorded API JSON and the CSV layouts give the same records; bad records are named. */
class PoolReadersTest {

    @Test
    void theRecordedPoolsJson_andTheSnapshotCsv_giveTheSamePools() {
        Parsed<Pool> json = DefiLlamaFiles.pools(PoolText.of(Fixtures.POOLS_JSON), Fixtures.SNAPSHOT_DATE);
        List<Pool> all = Fixtures.snapshot();
        List<Pool> csv = new java.util.ArrayList<>(all.subList(0, 20));  // the JSON holds the file's first 20 rows
        csv.addAll(List.of(all.get(26), all.get(34), all.get(313)));      // and three that catalog entries match
        assertThat(json.problems()).isEmpty();
        assertThat(json.values()).isEqualTo(csv);
    }

    @Test
    void percentages_becomeFractions_andThePredictionIsRead() {
        Pool first = Fixtures.snapshot().get(0);                          // the CSV's first row, read by eye
        assertThat(first.id()).isEqualTo("bc33d1ea-f566-40eb-b0a8-8d8dcf425f18");
        assertThat(first.project()).isEqualTo("aerodrome-slipstream");
        assertThat(first.apy()).isEqualTo(0.07324 / 100);
        assertThat(first.apyReward()).isEqualTo(0.07316 / 100);
        assertThat(first.apyMean30d()).isEqualTo(0.04008 / 100);
        assertThat(first.tvlUsd()).isEqualTo(815_672_271);
        assertThat(first.exposure()).isEqualTo("multi");
        assertThat(first.prediction()).isEqualTo(new Pool.LlamaPrediction(true, 0.60));
    }

    @Test
    void theRecordedChartJson_andTheHistoryCsv_giveTheSamePoints() {
        String pool = "4f715567-420c-400d-9a62-0059331e3940";
        PoolHistory chart = DefiLlamaFiles.histories(PoolText.of(Fixtures.CHART_JSON), null).values().get(0);
        PoolHistory csv = PoolCsv.byPool(Fixtures.history(null)).get(pool);
        assertThat(chart.pool()).isEqualTo(pool);
        assertThat(chart.points()).hasSize(40).isEqualTo(csv.points().subList(0, 40));
    }

    @Test
    void theGzippedHistory_readsWhole() {
        Parsed<PoolHistory> h = PoolCsv.histories(PoolText.of(Fixtures.HISTORY), null);
        assertThat(h.problems()).isEmpty();
        assertThat(h.values()).hasSize(479);                              // the fixture README: 479 pools
        Parsed<Pool> raw = DefiLlamaFiles.pools(PoolText.of(Fixtures.RAW_POOLS), null);
        assertThat(raw.problems()).isEmpty();
        assertThat(raw.values()).hasSize(5_872);                          // the fixture README: 5,872 rows
    }

    @Test
    void aCsvRowCutShort_orWithAWrongNumber_isNamedByLineAndPool_andTheRestIsRead() {
        String csv = "timestamp,tvl_usd,apy,apy_base,apy_reward,pool_id\n"
                + "2025-06-16T23:29:18.342Z,84849479,0.13609,0.13609,,p1\n"
                + "2025-06-17T23:15:06.140Z,82140748,abc,0.2,,p1\n"
                + "2025-06-18T23:14:22.676Z,8275\n"
                + "2025-06-19T23:14:22.676Z,82756185,0.26778,0.26778,,p2\n";
        Parsed<PoolHistory> h = PoolCsv.histories(text("h.csv", csv), null);
        assertThat(h.values()).extracting(PoolHistory::pool).containsExactly("p1", "p2");
        assertThat(h.problems()).containsExactly(
                "h.csv line 3 (pool p1): apy: \"abc\" is not a number",
                "h.csv line 4 (pool ?): 2 fields where the header has 6 (a line cut short or a stray comma)");
    }

    @Test
    void aJsonRecordWithoutAnApy_isNamedByIndexAndPool() {
        String json = "{\"status\":\"success\",\"data\":[{\"pool\":\"a\",\"chain\":\"Ethereum\",\"project\":\"lido\","
                + "\"symbol\":\"STETH\",\"tvlUsd\":1000,\"apy\":2.5},{\"pool\":\"b\",\"tvlUsd\":5,\"apy\":\"high\"}]}";
        Parsed<Pool> p = DefiLlamaFiles.pools(text("pools.json", json), Fixtures.SNAPSHOT_DATE);
        assertThat(p.values()).extracting(Pool::id).containsExactly("a");
        assertThat(p.values().get(0).apy()).isEqualTo(0.025);
        assertThat(p.problems()).containsExactly("pools.json data[1] (pool b): apy: \"high\" is not a number");
    }

    @Test
    void aTruncatedJsonFile_isRefusedWithItsPlace() {
        String json = "{\"status\":\"success\",\"data\":[{\"pool\":\"a\",\"apy\":2.5,";
        assertThatThrownBy(() -> DefiLlamaFiles.pools(text("cut.json", json), Fixtures.SNAPSHOT_DATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("cut.json: not valid JSON at line 1");
    }

    @Test
    void aCsvWithoutThePoolColumns_isRefusedNamingTheColumn() {
        assertThatThrownBy(() -> PoolCsv.pools(text("x.csv", "a,b\n1,2\n"), null))
                .hasMessage("x.csv: no column pool or pool_id in the header (a DeFiLlama pools or history CSV is expected)");
    }

    private static PoolText text(String name, String s) {
        return PoolText.of(name, s.getBytes(StandardCharsets.UTF_8));
    }
}
