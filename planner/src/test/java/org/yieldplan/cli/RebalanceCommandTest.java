package org.yieldplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.json.Json;

class RebalanceCommandTest {

    private static final String HOLDINGS = """
            {"id": "four", "template": "aggressive-growth", "horizonYears": 10, "holdings": [
              {"asset": "BTC", "valueUsd": 37.5, "bucket": "growth", "costBasisUsd": 25, "acquired": "2024-01-01"},
              {"asset": "ETH", "valueUsd": 50, "bucket": "growth"},
              {"asset": "SOL", "valueUsd": 75, "bucket": "growth", "costBasisUsd": 25, "acquired": "2024-06-20"},
              {"asset": "ADA", "valueUsd": 25, "bucket": "growth"}]}""";

    static Path scenario(Path dir) throws IOException {
        Path f = dir.resolve("four.json");
        Files.writeString(f, HOLDINGS);
        return f;
    }

    @Test
    void weights_json_hasTheDocumentedDriftAndTrades(@TempDir Path dir) throws IOException {
        MainTest.Run r = MainTest.run("rebalance", "--scenario", scenario(dir).toString(),
                "--weights", "BTC=0.25,ETH=0.25,SOL=0.25,ADA=0.25", "--json");
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        JsonNode sol = j.path("drift").get(2);
        assertThat(sol.path("key").asText()).isEqualTo("SOL");
        assertThat(sol.path("weight").asDouble()).isCloseTo(0.40, within(1e-12));
        assertThat(sol.path("target").asDouble()).isEqualTo(0.25);
        assertThat(sol.path("absoluteDrift").asDouble()).isCloseTo(0.15, within(1e-12));
        assertThat(sol.path("relativeDrift").asDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(sol.path("status").asText()).isEqualTo("above");
        JsonNode sell = j.path("trades").get(0);
        assertThat(sell.path("side").asText()).isEqualTo("buy");   // buys listed first
        assertThat(j.path("trades").findValuesAsText("side")).contains("sell");
        assertThat(j.path("saleNeeded").asBoolean()).isTrue();
        for (JsonNode t : j.path("trades")) {
            assertThat(t.has("key") && t.has("amount") && t.has("cost")).isTrue();
        }
    }

    @Test
    void contribution_text_saysNoSaleIsNeeded() {
        MainTest.Run r = MainTest.run("rebalance", "--template", "aggressive-growth", "--amount", "100000",
                "--contribution", "1000");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Drift (bucket level)", "growth", "Sale needed", "no: the contribution does it");
    }

    @Test
    void taxAware_reportsTheRealisedGain_andFlagsANearLongTermSale(@TempDir Path dir) throws IOException {
        // SOL bought 2024-06-20 for 25, worth 75; sold on 2025-06-01: 19 days before turning long-term
        MainTest.Run r = MainTest.run("rebalance", "--scenario", scenario(dir).toString(), "--to-target",
                "--weights", "BTC=0.25,ETH=0.25,SOL=0.25,ADA=0.25", "--tax-aware", "--as-of", "2025-06-01", "--json");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        for (JsonNode t : j.path("trades")) {
            if (t.path("key").asText().equals("SOL")) {
                double sold = 75 - 187.5 / 4;
                assertThat(t.path("realisedGain").asDouble()).isCloseTo(sold * (1 - 25 / 75.0), within(1e-9));
                assertThat(t.path("nearLongTerm").asBoolean()).isTrue();
                assertThat(t.path("lotsSold").asInt()).isEqualTo(1);   // the one SOL holding
            }
        }
        assertThat(j.path("trades").findValuesAsText("key")).contains("SOL");
    }

    @Test
    void badInput_isOneLineAndExitTwo(@TempDir Path dir) throws IOException {
        String f = scenario(dir).toString();
        MainTest.Run sum = MainTest.run("rebalance", "--scenario", f, "--weights", "BTC=0.5,ETH=0.4");
        assertThat(sum.status()).isEqualTo(2);
        assertThat(sum.err()).contains("weights: sum to 0.9").doesNotContain("Exception");
        MainTest.Run band = MainTest.run("rebalance", "--scenario", f, "--weights", "BTC=0.5,ETH=0.5", "--band", "-0.05");
        assertThat(band.status()).isEqualTo(2);
        assertThat(band.err()).contains("band").contains("negative");
        MainTest.Run both = MainTest.run("rebalance", "--scenario", f, "--band", "0.05", "--relative-band", "0.2");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err().lines().count()).isEqualTo(1);
    }
}
