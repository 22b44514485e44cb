package org.yieldplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.json.Json;

class BacktestCommandTest {

    @Test
    void bundledPrices_fourCoins_jsonHasEveryRuleWithTheDocumentedFields() throws IOException {
        MainTest.Run r = MainTest.run("backtest", "--weights", "BTC=0.25,ETH=0.25,SOL=0.25,ADA=0.25", "--rule", "all", "--json");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.path("from").asText()).isEqualTo("2021-01-01");
        assertThat(j.path("to").asText()).isEqualTo("2021-12-31");
        JsonNode results = j.path("results");
        assertThat(results.findValuesAsText("rule")).containsExactly("none", "weekly", "monthly", "quarterly", "yearly",
                "band:0.05", "band:0.1", "monthly+band:0.05", "quarterly+band:0.05");
        for (JsonNode x : results) {
            for (String f : List.of("annualReturn", "volatility", "maxDrawdown", "sharpe", "turnover", "costs", "gainVsBuyAndHold")) {
                assertThat(x.path(f).isNumber()).as(x.path("rule").asText() + " " + f).isTrue();
            }
        }
        // buy-and-hold grows each coin by its own price ratio: V = Σ 0.25 × 10,000 × close(12-31) / close(01-01)
        Path dir = Path.of(System.getProperty("yieldplan.samples"), "prices");
        double expected = 0;
        for (String coin : List.of("bitcoin", "ethereum", "solana", "cardano")) {
            List<String> lines = Files.readAllLines(dir.resolve(coin + ".csv"));
            double first = Double.parseDouble(lines.get(1).split(",")[4]);
            double last = Double.parseDouble(lines.get(lines.size() - 2).split(",")[4]);   // the 12/31 midnight row
            expected += 2_500 * last / first;
        }
        assertThat(results.get(0).path("finalValue").asDouble()).isCloseTo(expected, within(1e-6));
        assertThat(results.get(0).path("gainVsBuyAndHold").asDouble()).isZero();
    }

    @Test
    void aFolderWithAGap_isNamedWithExitTwo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("AAA.csv"), "date,close\n2021-01-01,1\n2021-01-02,2\n2021-01-05,3\n");
        Files.writeString(dir.resolve("BBB.csv"), "date,close\n2021-01-01,1\n2021-01-02,2\n2021-01-03,3\n");
        MainTest.Run r = MainTest.run("backtest", "--prices", dir.toString(), "--weights", "AAA=0.5,BBB=0.5");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("AAA.csv: line 4: gap: no price for 2021-01-03").doesNotContain("Exception");
    }

    @Test
    void unknownAssetAndBadRule_areNamedWithExitTwo() {
        MainTest.Run asset = MainTest.run("backtest", "--weights", "BTC=0.5,XRP=0.5");
        assertThat(asset.status()).isEqualTo(2);
        assertThat(asset.err()).contains("no prices for asset XRP");
        MainTest.Run rule = MainTest.run("backtest", "--weights", "BTC=0.5,ETH=0.5", "--rule", "band:-0.1");
        assertThat(rule.status()).isEqualTo(2);
        assertThat(rule.err()).contains("band -0.1 is negative");
    }
}
