package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.market.Assumptions;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;

/**
 * The screen over a real DeFiLlama snapshot: 1,134 DEX pools on 2025-08-31
 * (src/test/resources/real/defillama/current_state_2025-08-31.csv; its README gives the source and licence).
 * Each pool is a liquidity holding worth its TVL with its base and reward APY (the file's APYs
 * are percentages), priced through the bundled catalog; the file's 30-day mean APY and its
 * stablecoin marking are used as given (a stablecoin pool's ratio volatility is taken as two
 * independent 1 % stablecoins, √2 %). Expected counts come from the fixture README (the data notes) or straight from the
 * file's raw numbers, not from the rules.
 */
class DefiLlamaSnapshotScreenTest {

    private static final Path FILE = Path.of("src/test/resources/real/defillama/current_state_2025-08-31.csv");

    private static List<Map<String, String>> rows;
    private static Map<String, Map<String, String>> byPool;
    private static Screening screening;

    @BeforeAll
    static void screenTheSnapshot() throws IOException {
        assertThat(FILE).as("the DeFiLlama snapshot copied into the repository").exists();
        rows = readCsv(FILE);
        byPool = new HashMap<>();
        rows.forEach(r -> byPool.put(r.get("pool"), r));
        Catalog catalog = SampleFiles.catalog();
        List<PositionFacts> facts = rows.stream().map(r -> facts(r, catalog)).toList();
        screening = new SustainabilityScreen(Thresholds.defaults()).screen(facts, null);
        printSummary();
    }

    @Test
    void everyPoolIsRead() {
        assertThat(rows).hasSize(1_134);                                  // the fixture README
        assertThat(byPool).hasSize(1_134);
    }

    @Test
    void everyPoolAboveOneHundredPercent_isFlaggedCritical_andNoOther() {
        Set<String> expected = pools(r -> num(r, "apy") > 100);
        assertThat(expected).hasSize(119);                                // the fixture README: 119 rows have apy > 100
        assertThat(flagged(ApyAboveLimit.ID)).isEqualTo(expected);
        assertThat(screening.flags()).filteredOn(f -> f.rule().equals(ApyAboveLimit.ID))
                .allMatch(f -> f.severity() == Severity.CRITICAL);
    }

    @Test
    void emissionFunded_isExactlyThePoolsWhoseRewardIsOverHalfTheirApy() {
        assertThat(flagged(EmissionFunded.ID)).isEqualTo(pools(r -> num(r, "apy") > 0
                && num(r, "apy_reward") / num(r, "apy") > 0.5));
    }

    @Test
    void spikes_areThePoolsAboveTwiceTheirThirtyDayMean() {
        // every row has a 30-day mean; a zero mean falls back to the comparable-pools test
        Set<String> spikes = flagged(ApySpike.ID);
        assertThat(spikes).containsAll(pools(r -> num(r, "apy_mean_30d") > 0 && num(r, "apy") > 2 * num(r, "apy_mean_30d")));
        assertThat(spikes).allMatch(p -> num(byPool.get(p), "apy_mean_30d") == 0
                || num(byPool.get(p), "apy") > 2 * num(byPool.get(p), "apy_mean_30d"));
    }

    @Test
    void stackedYield_isFlaggedOnPoolsHoldingALiquidStakingReceipt() {
        Set<String> stacked = flagged(StackedYield.ID);
        Set<String> receipts = Set.of("STETH", "WSTETH", "RETH", "CBETH", "MSOL", "JITOSOL", "STATOM", "STDOT");
        assertThat(stacked).isNotEmpty().isEqualTo(pools(r -> List.of(r.get("symbol").toUpperCase(Locale.ROOT).split("-"))
                .stream().anyMatch(receipts::contains)));
    }

    @Test
    void theSustainableYield_isBelowTheBlendedOne_andCutsEveryPoolAboveOneHundredPercentToZero() {
        SustainableYield y = screening.sustainable();
        assertThat(y.sustainableApy()).isLessThan(y.blendedApyBase());
        Map<String, YieldCut> cuts = y.sustainableCuts().stream().collect(Collectors.toMap(YieldCut::subject, c -> c));
        for (String pool : pools(r -> num(r, "apy") > 100)) {
            assertThat(cuts.get(pool).sustainableApy()).isZero();
        }
        assertThat(y.sustainableCuts()).allMatch(c -> c.sustainableApy() < c.apy());
    }

    @Test
    void theSnapshotsOwnOutliers_areFarMoreOftenFlaggedForTheirYieldLevel() {
        Set<String> outliers = pools(r -> r.get("outlier").equals("true"));
        assertThat(outliers).hasSize(263);                                // the fixture README
        Set<String> level = yieldLevelFlagged();
        double flaggedAmongOutliers = (double) intersect(level, outliers).size() / outliers.size();
        double flaggedAmongOthers = (double) (level.size() - intersect(level, outliers).size()) / (rows.size() - outliers.size());
        assertThat(flaggedAmongOutliers).isGreaterThan(2 * flaggedAmongOthers);
        assertThat(outliers).containsAll(flagged(ApyAboveLimit.ID));     // every APY > 100 % pool is an outlier there too
    }

    // ---- the summary printed for the closing note ----

    private static void printSummary() {
        Set<String> outliers = pools(r -> r.get("outlier").equals("true"));
        StringBuilder b = new StringBuilder("\nDeFiLlama snapshot 2025-08-31, " + rows.size() + " pools, "
                + outliers.size() + " marked outlier\n");
        b.append(String.format(Locale.US, "%-30s %8s %16s %18s%n", "rule", "flagged", "of them outlier", "outliers missed"));
        for (Rule r : Thresholds.defaults().rules()) {
            Set<String> f = flagged(r.id());
            b.append(String.format(Locale.US, "%-30s %8d %16d %18d%n", r.id(), f.size(), intersect(f, outliers).size(),
                    outliers.size() - intersect(f, outliers).size()));
        }
        Set<String> level = yieldLevelFlagged();
        int tp = intersect(level, outliers).size();
        b.append(String.format(Locale.US, "yield-level (limit|range|spike): flagged&outlier %d, flagged only %d, outlier only %d, neither %d%n",
                tp, level.size() - tp, outliers.size() - tp, rows.size() - level.size() - outliers.size() + tp));
        Set<String> any = screening.flags().stream().map(Flag::subject).filter(byPool::containsKey).collect(Collectors.toSet());
        int tpa = intersect(any, outliers).size();
        b.append(String.format(Locale.US, "any pool flag: flagged&outlier %d, flagged only %d, outlier only %d, neither %d%n",
                tpa, any.size() - tpa, outliers.size() - tpa, rows.size() - any.size() - outliers.size() + tpa));
        b.append(String.format(Locale.US, "TVL-weighted blended APY %.4f %%, sustainable %.4f %%%n",
                screening.sustainable().blendedApyBase() * 100, screening.sustainable().sustainableApy() * 100));
        System.out.print(b);
    }

    private static Set<String> yieldLevelFlagged() {
        Set<String> out = new HashSet<>(flagged(ApyAboveLimit.ID));
        out.addAll(flagged(OutsideNormalRange.ID));
        out.addAll(flagged(ApySpike.ID));
        return out;
    }

    private static Set<String> flagged(String rule) {
        return screening.flags().stream().filter(f -> f.rule().equals(rule)).map(Flag::subject).collect(Collectors.toSet());
    }

    private static Set<String> pools(java.util.function.Predicate<Map<String, String>> test) {
        return rows.stream().filter(test).map(r -> r.get("pool")).collect(Collectors.toSet());
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static double num(Map<String, String> r, String column) {
        String v = r.get(column);
        return v == null || v.isBlank() ? 0 : Double.parseDouble(v);
    }

    /** A pool as a liquidity holding worth its TVL; the file's percentages become fractions. */
    private static PositionFacts facts(Map<String, String> r, Catalog catalog) {
        boolean stable = r.get("stablecoin").equals("true");
        Holding h = new Holding(r.get("symbol"), null, null, num(r, "tvl_usd"), Bucket.LIQUIDITY, false,
                r.get("protocol_slug"), r.get("chain"), num(r, "apy_base") / 100, num(r, "apy_reward") / 100,
                null, null, null);
        List<AssumptionOverride> overrides = stable
                ? List.of(new AssumptionOverride(Bucket.LIQUIDITY, h.asset(), null, null, null, null, Math.sqrt(2) * 0.01,
                        null, null, null, null, null, null))
                : List.of();
        Position p = new Assumptions(catalog, overrides).position(h);
        PositionFacts f = PositionFacts.of(p, catalog);
        return new PositionFacts(r.get("pool"), f.asset(), f.bucket(), f.protocol(), f.chain(), f.priceAsset(),
                f.valueUsd(), f.apy(), f.rewardApy(), num(r, "apy_mean_30d") / 100, f.tokenInflation(), f.normalRange(),
                f.normalSource(), f.pair(), stable, f.pairVolatility(), null, f.receiptLeg(), f.lockupDays(),
                stable ? 1 : f.stableShare());
    }

    /** RFC 4180 CSV: a header row, quoted fields with doubled quotes, no line breaks inside fields. */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0));
        List<Map<String, String>> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> v = fields(line);
            assertThat(v).as("fields in " + line).hasSize(header.size());
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), v.get(i));
            }
            out.add(row);
        }
        return out;
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
