package org.yieldplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.cli.MainTest.Run;
import org.yieldplan.json.Json;

class HoldingsCommandTest {

    @TempDir
    Path dir;

    private Path template() {
        Path t = dir.resolve("holdings-template.xlsx");
        Run r = MainTest.run("holdings-template", "--out", t.toString());
        assertThat(r.status()).isZero();
        return t;
    }

    @Test
    void aLongFile_countsItsHoldingsWithThousands() throws java.io.IOException {
        StringBuilder csv = new StringBuilder("Asset,Value\n");
        for (int i = 0; i < 1_200; i++) {
            csv.append("ETH,1000\n");
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("long.csv"), csv);

        Run r = MainTest.run("holdings", file.toString());

        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("1,200 holdings read from csv").contains("total $1,200,000");
    }

    @Test
    void holdingsTemplate_thenHoldings_printsTheExampleHoldings() {
        Run r = MainTest.run("holdings", template().toString());
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("4 holdings read from xlsx sheet 'Holdings', total $90,000", "ETH/USDC", "Lido");
    }

    @Test
    void holdingsJson_hasTheDocumentedShape() throws IOException {
        Path csv = dir.resolve("h.csv");
        Files.writeString(csv, "Coin,Value (USD),APR %,Platform\nUSDC,1000,5,Aave\nETH,x,,\n", StandardCharsets.UTF_8);
        Run r = MainTest.run("holdings", csv.toString(), "--json");
        assertThat(r.status()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        JsonNode h = j.get("holdings").get(0);
        assertThat(h.get("asset").asText()).isEqualTo("USDC");
        assertThat(h.get("valueUsd").asDouble()).isEqualTo(1000);
        assertThat(h.get("bucket").asText()).isEqualTo("lending");
        assertThat(h.get("bucketInferred").asBoolean()).isTrue();
        assertThat(h.get("apy").asDouble()).isCloseTo(Math.pow(1 + 0.05 / 365, 365) - 1, within(1e-12));
        JsonNode p = j.get("problems");
        assertThat(p).hasSize(2);
        assertThat(p.get(1).get("row").asInt()).isEqualTo(3);
        assertThat(p.get(1).get("column").asText()).isEqualTo("B (Value (USD))");
        assertThat(p.get(1).get("field").asText()).isEqualTo("valueUsd");
        assertThat(p.get(1).get("severity").asText()).isEqualTo("error");
    }

    @Test
    void poolsFile_givesARowWithoutApyItsPoolsFigures_withTheDateInAnInfo() throws IOException {
        Path csv = dir.resolve("lp.csv");
        Files.writeString(csv, "Asset,Value (USD),Protocol,Chain\nETH/USDC,10000,Aerodrome V1,Base\n", StandardCharsets.UTF_8);
        Path pools = Path.of("src/test/resources/real/defillama/current_state_2025-08-31.csv");
        Run r = MainTest.run("holdings", csv.toString(), "--pools", pools.toString(), "--json");
        assertThat(r.status()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        JsonNode h = j.get("holdings").get(0);
        assertThat(h.get("apy").asDouble()).isCloseTo(0.1181023, within(1e-12));    // aerodrome-v1 WETH-USDC, 11.81023 %
        assertThat(h.get("pool").get("id").asText()).isEqualTo("e8cb4dbb-9e66-4cfa-9c77-407118b128a0");
        assertThat(h.get("pool").get("asOf").asText()).isEqualTo("2025-08-31");
        assertThat(j.get("problems").get(0).get("severity").asText()).isEqualTo("info");
        assertThat(j.get("problems").get(0).get("message").asText()).contains("of 2025-08-31: 11.81 %");

        Run missing = MainTest.run("holdings", csv.toString(), "--pools", dir.resolve("none.csv").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--pools: ").contains("none.csv: no such file").doesNotContain("Exception");
    }

    @Test
    void refusedFile_exits2_withTheReasonOnStderr_andNoStackTrace() throws IOException {
        Path pdf = dir.resolve("holdings.xlsx");
        Files.write(pdf, "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII));
        Run r = MainTest.run("holdings", pdf.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("yieldplan holdings: holdings.xlsx: a PDF document, not a spreadsheet; export your "
                + "holdings as .xlsx or .csv" + System.lineSeparator());
    }

    @Test
    void incomeWithHoldings_usesTheImportedPortfolio_andWarnsAboutProblems() throws IOException {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "Asset,Value,Bucket\nETH,60000,staking\nUSDC,40000,cash\nBTC,-5,growth\n");
        Run r = MainTest.run("income", "--holdings", csv.toString(), "--json");
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("yieldplan: error: mine.csv row 4, column B (Value): '-5' is negative");
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("portfolioValue").asDouble()).isEqualTo(100_000);
    }

    @Test
    void scenarioWithHoldings_keepsTheScenarioSettings_andTakesTheFileHoldings() throws IOException {
        Path csv = dir.resolve("mine.csv");
        Files.writeString(csv, "Token,Market Value\nUSDC,50000\n");
        Run r = MainTest.run("income", "--scenario", MainTest.sample("retiree"), "--holdings", csv.toString(), "--json");
        assertThat(r.status()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("portfolioValue").asDouble()).isEqualTo(50_000);
        assertThat(j.get("scenario").get("id").asText()).isEqualTo("retiree");
        assertThat(j.get("scenario").get("holdings").get(0).get("bucket").asText()).isEqualTo("cash");
    }

    @Test
    void incomeWithARefusedHoldingsFile_exits2WithTheReason() throws IOException {
        Path empty = dir.resolve("empty.xlsx");
        Files.write(empty, new byte[0]);
        Run r = MainTest.run("income", "--holdings", empty.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("yieldplan income: empty.xlsx: the file is empty" + System.lineSeparator());
    }

    @Test
    void holdingsWithAmount_isAUsageError() throws IOException {
        Run r = MainTest.run("income", "--holdings", template().toString(), "--amount", "1000");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("give --holdings FILE or --amount USD, not both");
    }
}
