package org.yieldplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yieldplan.json.Json;
import org.yieldplan.scenario.TestRunners;

class MainTest {

    record Run(int status, String out, String err) {
    }

    /** Runs a command line as a user would, the simulation capped at {@link TestRunners#FEW_PATHS} paths. */
    static Run run(String... args) {
        return run(new Main(TestRunners.fewPaths()), args);
    }

    /** Runs a command line exactly as a user would, the simulation at full size. */
    static Run runFull(String... args) {
        return run(new Main(), args);
    }

    private static Run run(Main main, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String sample(String name) {
        return Path.of(System.getProperty("yieldplan.samples"), "scenarios", name + ".json").toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"supplemental-income", "early-retirement", "financial-independence", "retiree", "monthly-saver"})
    void incomeScenario_printsAReadableReportForEverySample(String name) {
        Run r = run("income", "--scenario", sample(name));
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Blended APY", "Income a month", "By bucket", "Year by year");
    }

    @Test
    void incomeTemplate_json_hasTheDocumentedFields() throws IOException {
        Run r = run("income", "--template", "income-core", "--amount", "300000", "--goal-monthly", "1500", "--json");
        assertThat(r.status()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        for (String f : List.of("blendedApy", "annualIncome", "monthlyIncome")) {
            assertThat(j.path(f).path("low").isNumber()).as(f).isTrue();
            assertThat(j.path(f).path("base").isNumber()).as(f).isTrue();
            assertThat(j.path(f).path("high").isNumber()).as(f).isTrue();
        }
        assertThat(j.path("requiredYield").asDouble()).isEqualTo(18_000 / 300_000.0);
        JsonNode b = j.path("buckets").get(0);
        assertThat(b.path("bucket").asText()).isEqualTo("staking");
        assertThat(b.has("weight") && b.has("apy") && b.has("annualIncome")).isTrue();
        assertThat(j.path("annualIncome").path("base").asDouble())
                .isCloseTo(300_000 * j.path("blendedApy").path("base").asDouble(), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void help_listsCommandsAndOptions() {
        assertThat(run("--help").out()).contains("income");
        assertThat(run("income", "--help").out()).contains("--scenario", "--template", "--amount", "--json");
    }

    @Test
    void unknownTemplate_isOneLineAndExitTwo() {
        Run r = run("income", "--template", "nope", "--amount", "1000");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).contains("unknown template 'nope'").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void missingFile_negativeAmount_unknownOption_areOneLineAndExitTwo() {
        for (Run r : List.of(run("income", "--scenario", "no/such/file.json"),
                run("income", "--template", "income-core", "--amount", "-5"),
                run("income", "--template", "income-core", "--amount", "lots"),
                run("income", "--frobnicate"),
                run("nonsense"))) {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err().strip()).isNotEmpty().doesNotContain("\n").doesNotContain("at org.");
        }
        assertThat(run("income", "--scenario", "no/such/file.json").err()).contains("no such file");
        assertThat(run("income", "--template", "income-core", "--amount", "-5").err()).contains("--amount");
    }

    @Test
    void malformedJson_namesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\n  \"id\": \"x\",\n  \"amountUsd\": 1000,\n  \"template\": \"income-core\"\n  \"horizonYears\": 10\n}");
        Run r = run("income", "--scenario", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("bad.json").contains("line 5").doesNotContain("\n  at");
    }

    @Test
    void aWrongFieldValue_namesTheField(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, "{\"id\":\"x\",\"amountUsd\":1000,\"template\":\"income-core\",\"horizonYears\":0}");
        Run r = run("income", "--scenario", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("horizonYears");
        Files.writeString(f, "{\"id\":\"x\",\"amountUsd\":1000,\"template\":\"income-core\",\"horizonYears\":10,\"taxRat\":0.1}");
        assertThat(run("income", "--scenario", f.toString()).err()).contains("taxRat: unknown field");
    }
}
