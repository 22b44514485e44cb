package org.yieldplan.holdings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yieldplan.holdings.ImportProblem.Severity;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Catalog;

/** Names and aliases become tickers; unknown assets are said; quantities without prices are priced. */
class AssetNamesTest {

    private final Catalog catalog = SampleFiles.catalog();

    @Test
    void words_areWhatTheRegexGives_forEveryNameAndAliasAndOddText() {
        java.util.List<String> texts = new java.util.ArrayList<>(java.util.List.of("", " ", "--", "Ethereum", "  USD  Coin ",
                "Lido Staked Ether (stETH)", "wBTC/ETH", "İstanbul Coin", "Ünïcödé Tökén", "a\u00a0b", "x\uD83D\uDE00y",
                "ETH-2.0", "1inch", "\tTab\nLine\r", "ß-Token", "Ǆ"));
        for (AssetDirectory.Entry e : AssetDirectory.bundled().entries()) {
            texts.add(e.name());
            texts.addAll(e.aliases());
            texts.add(e.symbol());
        }
        java.util.Random random = new java.util.Random(3);
        String alphabet = "aZ09 -_.()/İıßé\u00a0\t";
        for (int k = 0; k < 2_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        for (String t : texts) {
            assertThat(AssetDirectory.words(t)).as(t)
                    .isEqualTo(t.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip());
        }
    }

    @Test
    void thirtyNamesAndAliases_mapToTheirTickers_eachWithAnInfoOnItsRow() {
        Map<String, String> expected = new LinkedHashMap<>();
        String[][] pairs = {{"Ethereum", "ETH"}, {"USD Coin", "USDC"}, {"Wrapped Bitcoin", "WBTC"},
            {"Lido Staked Ether", "stETH"}, {"Bitcoin", "BTC"}, {"Solana", "SOL"}, {"Tether", "USDT"}, {"Cardano", "ADA"},
            {"Polkadot", "DOT"}, {"Cosmos", "ATOM"}, {"Curve USD", "crvUSD"}, {"Curve DAO Token", "CRV"},
            {"Rocket Pool ETH", "rETH"}, {"Coinbase Wrapped Staked ETH", "cbETH"}, {"Marinade Staked SOL", "mSOL"},
            {"Jito Staked SOL", "jitoSOL"}, {"Wrapped Ether", "WETH"}, {"Bridged USDC", "USDC.e"}, {"ether", "ETH"},
            {"usd coin", "USDC"}, {"Chainlink", "LINK"}, {"Dogecoin", "DOGE"}, {"Ripple", "XRP"}, {"Avalanche", "AVAX"},
            {"Litecoin", "LTC"}, {"Uniswap", "UNI"}, {"Toncoin", "TON"}, {"Stellar Lumens", "XLM"},
            {"Wrapped stETH", "wstETH"}, {"Ethena USDe", "USDe"}};
        StringBuilder csv = new StringBuilder("Asset,Value\n");
        for (String[] p : pairs) {
            expected.put(p[0], p[1]);
            csv.append(p[0]).append(",100\n");
        }
        csv.append("Foobarcoin,100\n");
        HoldingsImport r = new HoldingsReader(catalog).read(csv.toString().getBytes(StandardCharsets.UTF_8), "names.csv");
        assertThat(r.holdings()).extracting(h -> h.asset())
                .containsExactlyElementsOf(concat(expected.values(), "Foobarcoin"));
        assertThat(r.problems(Severity.INFO)).filteredOn(p -> p.message().contains(" read as ")).hasSize(30);
        assertThat(r.problems(Severity.WARNING)).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(32);
            assertThat(p.message()).startsWith("Foobarcoin (not in the asset directory either")
                    .contains("is not in the catalog", "volatility 120 %");
        });
        assertThat(r.problems(Severity.WARNING)).anySatisfy(p -> assertThat(p.message())
                .startsWith("LINK (Chainlink, a governance/DeFi token) is not in the catalog"));
    }

    @Test
    void unlistedAssets_takeTheirCategorysDefaults_statedOnTheRow_andAsScenarioOverrides() {
        HoldingsImport r = new HoldingsReader(catalog).read("Asset,Value\nLTC,100\nweETH,100\nPEPE,100\n"
                .getBytes(StandardCharsets.UTF_8), "unlisted.csv");
        // layer-1: the median of the catalog's layer-1 coins, worked out here from their profiles
        double[] vols = java.util.stream.Stream.of("BTC", "ETH", "SOL", "ADA", "DOT", "ATOM")
                .mapToDouble(s -> catalog.listedProfile(s).orElseThrow().volatility()).sorted().toArray();
        double median = (vols[2] + vols[3]) / 2;
        assertThat(r.assumptions()).hasSize(2);
        assertThat(r.assumptions().get(0).asset()).isEqualTo("LTC");
        assertThat(r.assumptions().get(0).volatility()).isCloseTo(median, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.assumptions().get(1).asset()).isEqualTo("weETH");
        assertThat(r.assumptions().get(1).volatility()).isEqualTo(catalog.listedProfile("ETH").orElseThrow().volatility());
        assertThat(r.problems(Severity.WARNING)).extracting(ImportProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("LTC (Litecoin, a layer-1 coin) is not in the catalog; "
                        + "modelled with the defaults of its category: the median of the catalog's layer-1 coins")
                        .contains(String.format(java.util.Locale.ROOT, "volatility %.1f %%", median * 100)))
                .anySatisfy(m -> assertThat(m).contains("weETH (", "modelled as its underlying ETH"))
                .anySatisfy(m -> assertThat(m).startsWith("PEPE (").contains("defaults for an unlisted asset"));
    }

    @Test
    void theDirectory_holdsEveryCatalogAsset_receiptAndWrappedToken_andTwoHundredMore() {
        AssetDirectory d = AssetDirectory.bundled();
        for (String s : catalog.assetsBySymbol().keySet()) {
            assertThat(d.bySymbol(s)).as(s).isPresent();
        }
        for (String s : catalog.liquidStakingReceipts().keySet()) {
            assertThat(d.bySymbol(s).orElseThrow().category()).as(s).isEqualTo(AssetCategory.LIQUID_STAKING);
        }
        for (String s : catalog.wrappedTokens().keySet()) {
            assertThat(d.bySymbol(s).orElseThrow().category()).as(s).isEqualTo(AssetCategory.WRAPPED);
        }
        catalog.assetsBySymbol().values().stream().filter(a -> a.stablecoin())
                .forEach(a -> assertThat(d.bySymbol(a.symbol()).orElseThrow().category().stablecoin()).as(a.symbol()).isTrue());
        assertThat(d.entries()).hasSizeGreaterThanOrEqualTo(200);
    }

    @Test
    void aQuantityOnlySheet_isValuedFromThePriceTable_withOneInfoPerPriceUsed() {
        PriceTable prices = PriceTable.parse("my prices", """
                symbol,priceUsd,asOf
                BTC,60000,2026-11-30
                ETH,3000,2026-12-01
                USDC,1,2026-12-01
                """);
        HoldingsReader reader = new HoldingsReader(new AssetLookup(catalog, AssetDirectory.bundled(), prices,
                LocalDate.of(2026, 12, 3), 7), ImportLimits.DEFAULT);
        HoldingsImport r = reader.read("""
                Asset,Quantity
                BTC,0.5
                Ethereum,2
                USDC,1000
                stETH,1
                """.getBytes(StandardCharsets.UTF_8), "quantities.csv");
        assertThat(r.holdings()).extracting(h -> h.valueUsd()).containsExactly(30_000.0, 6000.0, 1000.0, 3000.0);
        assertThat(r.problems(Severity.INFO)).filteredOn(p -> "priceUsd".equals(p.field())).hasSize(4)
                .anySatisfy(p -> assertThat(p.message()).contains("60,000.00 USD a unit on 2026-11-30 from my prices"))
                .anySatisfy(p -> assertThat(p.message()).contains("the price of its underlying ETH"));
        assertThat(r.problems(Severity.WARNING)).isEmpty();
        assertThat(r.problems(Severity.ERROR)).isEmpty();
    }

    @Test
    void aBadPriceFile_namesTheFileLineAndColumn() {
        assertThatThrownBy(() -> PriceTable.parse("p.csv", "symbol,priceUsd,asOf\nETH,3000,2026-12-01\nBTC,60000,1/12/26\n"))
                .isInstanceOfSatisfying(PriceFileInvalid.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo("asOf");
                    assertThat(e.getMessage()).isEqualTo("p.csv line 3 column asOf: '1/12/26' is not a date; write 2026-12-01");
                });
        assertThatThrownBy(() -> PriceTable.parse("p.csv", "coin;price\n")).hasMessage("p.csv line 1: the first line must be"
                + " the header symbol,priceUsd,asOf[,source]");
    }

    @Test
    void anOldPrice_isAWarning() {
        HoldingsImport r = new HoldingsReader(catalog).read("Asset,Quantity\nBTC,1\n".getBytes(StandardCharsets.UTF_8),
                "old.csv");
        assertThat(r.holdings().get(0).priceUsd()).isEqualTo(PriceTable.bundled().quote("BTC").orElseThrow().priceUsd());
        assertThat(r.problems(Severity.WARNING)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("the price of BTC is from 2021-12-31", "days old"));
    }

    private static java.util.List<String> concat(java.util.Collection<String> a, String b) {
        java.util.List<String> out = new java.util.ArrayList<>(a);
        out.add(b);
        return out;
    }
}
