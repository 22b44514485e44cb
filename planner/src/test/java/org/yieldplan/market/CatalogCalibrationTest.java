package org.yieldplan.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.rebalance.PriceCsv;

/**
 * Every figure the catalog says it measured is recomputed here from the bundled price files
 * ({@code samples/prices/}) with the stated estimator; every other figure says it is a judgement.
 */
class CatalogCalibrationTest {

    private static final Catalog CATALOG = SampleFiles.catalog();
    private static final String MARKET_CAPS = "bitcoin_ethereum_market_caps.csv";
    /** Asset → its 2021 CoinGecko file. */
    private static final Map<String, String> COINS_2021 = Map.of("BTC", "bitcoin", "ETH", "ethereum", "SOL", "solana",
            "ADA", "cardano", "DOT", "polkadot", "ATOM", "cosmos", "USDC", "usd-coin", "USDT", "tether", "DAI", "dai",
            "UST", "terrausd");
    private static final List<String> VOLATILE = List.of("BTC", "ETH", "SOL", "ADA", "DOT", "ATOM");

    @Test
    void btcAndEth_measuredOverTheLongestWindow_areQuotedInTheirSources() {
        for (String asset : List.of("BTC", "ETH")) {
            double[] caps = longWindow(asset);
            String source = CATALOG.profile(asset).volatilitySource();
            assertThat(source).contains(MARKET_CAPS).contains("MAD of daily log returns x 1.4826 x sqrt(365)")
                    .contains(percent(PriceStatistics.robustVolatility(caps)))
                    .contains(percent(PriceStatistics.volatility(caps)))
                    .contains(percent(PriceStatistics.robustVolatility(closes2021(asset))));
            assertThat(caps).hasSize(611);
        }
    }

    @Test
    void everyOtherMeasuredVolatility_isRecomputedFrom2021Closes() {
        for (String asset : List.of("SOL", "ADA", "DOT", "ATOM", "USDC", "USDT", "DAI", "UST")) {
            assertThat(CATALOG.profile(asset).volatilitySource()).as(asset)
                    .contains(COINS_2021.get(asset) + ".csv")
                    .contains(percent(PriceStatistics.robustVolatility(closes2021(asset))));
        }
    }

    @Test
    void aVolatilityThatDepartsFromItsMeasure_saysItIsAJudgement() {
        for (AssetProfile a : CATALOG.assets()) {
            assertThat(a.volatilitySource()).as(a.symbol()).startsWith("judgement");
            assertThat(a.growthSource()).as(a.symbol()).containsAnyOf("judgement", "stablecoin: pegged");
            assertThat(a.volatilitySource() + a.growthSource()).as(a.symbol()).doesNotContain("shared/data", "DOMAIN.md");
        }
        for (YieldEntry e : CATALOG.entries()) {
            assertThat(e.apySource() + e.riskSource()).as(e.asset()).doesNotContain("shared/data", "DOMAIN.md");
        }
        for (YieldEntry e : CATALOG.bucketDefaults()) {
            assertThat(e.apySource() + e.riskSource()).as(e.bucket().id()).doesNotContain("shared/data", "DOMAIN.md");
        }
    }

    @Test
    void everyCorrelationBetweenMeasuredAssets_isThePearsonCorrelationOfDailyLogReturns() {
        Correlations c = CATALOG.correlations();
        assertThat(c.between("BTC", "ETH"))
                .isEqualTo(round2(PriceStatistics.correlation(longWindow("BTC"), longWindow("ETH"))));
        for (int i = 0; i < VOLATILE.size(); i++) {
            for (int j = i + 1; j < VOLATILE.size(); j++) {
                String a = VOLATILE.get(i);
                String b = VOLATILE.get(j);
                if (a.equals("BTC") && b.equals("ETH")) {
                    continue;
                }
                assertThat(c.between(a, b)).as(a + "/" + b)
                        .isEqualTo(round2(PriceStatistics.correlation(closes2021(a), closes2021(b))));
            }
        }
    }

    @Test
    void everyCatalogAsset_hasItsCorrelations_andTheJudgedOnesSaySo() {
        for (AssetProfile a : CATALOG.assets()) {
            assertThat(CATALOG.correlations().assets()).as(a.symbol()).contains(a.symbol());
        }
        assertThat(CATALOG.correlations().source()).contains("Judgement: CRV (no series) 0.70 with ETH")
                .contains("DOT/ETH 0.74").contains("stablecoins 0");
        assertThat(round2(PriceStatistics.correlation(closes2021("DOT"), closes2021("ETH")))).isEqualTo(0.74);
    }

    @Test
    void depegs_areCalibratedOnTheStablecoinPrices() {
        List<String> lines = lines("stablecoin_prices.csv");
        List<String> fiat = List.of("tether", "usd-coin", "binance-usd", "true-usd", "paxos-standard", "gemini-dollar");
        Dips pooled = new Dips(0, 0, 1, 0);
        for (String coin : fiat) {
            pooled = pooled.plus(dips(lines, coin, 0.98));
        }
        Depeg usdc = CATALOG.profile("USDC").depeg();
        assertThat(usdc.design()).isEqualTo("fiat-backed");
        assertThat(pooled.runs()).isEqualTo(10);
        assertThat(usdc.probability()).isCloseTo(pooled.runs() / (pooled.days() / 365.0), within(0.0005));
        assertThat(usdc.loss()).isCloseTo(1 - pooled.low(), within(0.005));
        assertThat(pooled.longest()).isLessThanOrEqualTo(2);                // days: recovered within the month
        Dips dai = dips(lines, "dai", 0.98);
        assertThat(CATALOG.profile("DAI").depeg().probability()).isCloseTo(dai.runs() / (dai.days() / 365.0), within(0.0005));
        Dips ust = dips(lines, "terrausd", 0.90);
        Depeg algorithmic = CATALOG.profile("UST").depeg();
        assertThat(algorithmic.permanent()).isTrue();
        assertThat(algorithmic.loss()).isCloseTo(1 - ust.low(), within(0.005));
        assertThat(ust.longest()).isGreaterThan(400);                        // below 0.90 to the end of the file
    }

    /** Runs of consecutive days below a price: how many, the days with a price, the lowest close, the longest run. */
    private record Dips(int runs, int days, double low, int longest) {
        Dips plus(Dips o) {
            return new Dips(runs + o.runs, days + o.days, Math.min(low, o.low), Math.max(longest, o.longest));
        }
    }

    private static Dips dips(List<String> lines, String coin, double below) {
        int col = List.of(lines.get(0).split(",", -1)).indexOf(coin);
        int runs = 0;
        int days = 0;
        int run = 0;
        int longest = 0;
        double low = 1;
        for (String line : lines.subList(1, lines.size())) {
            String cell = line.split(",", -1)[col];
            if (cell.isBlank()) {
                continue;
            }
            days++;
            double p = Double.parseDouble(cell);
            if (p < below) {
                runs += run == 0 ? 1 : 0;
                run++;
                longest = Math.max(longest, run);
                low = Math.min(low, p);
            } else {
                run = 0;
            }
        }
        return new Dips(runs, days, low, longest);
    }

    private static double[] longWindow(String asset) {
        return PriceCsv.parse(MARKET_CAPS, lines(MARKET_CAPS), asset.equals("BTC") ? "Bitcoin" : "Ethereum").closes();
    }

    private static double[] closes2021(String asset) {
        String file = COINS_2021.get(asset) + ".csv";
        return PriceCsv.parse(file, lines(file)).closes();
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f %%", v * 100);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static List<String> lines(String file) {
        try (InputStream in = CatalogCalibrationTest.class.getClassLoader().getResourceAsStream("samples/prices/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
