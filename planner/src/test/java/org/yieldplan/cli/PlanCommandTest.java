package org.yieldplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yieldplan.cli.MainTest.run;
import static org.yieldplan.cli.MainTest.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yieldplan.json.Json;

class PlanCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"supplemental-income", "early-retirement", "financial-independence", "retiree", "monthly-saver"})
    void everySample_printsThePlanTheSuccessAndTheSafeWithdrawal(String name) {
        MainTest.Run r = run("plan", "--scenario", sample(name), "--paths", "300", "--quiet");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Year by year", "Percentiles by year", "simulated median");
        if (name.equals("retiree") || name.equals("monthly-saver")) {              // income-only, a percentage
            assertThat(r.out()).contains("This plan cannot run out", "Income paid by year, today's $")
                    .doesNotContain("Success probability", "100.0 %");
        } else {
            assertThat(r.out()).contains("Success probability", "simulated paths pay every planned withdrawal",
                    "largest starting withdrawal");
        }
    }

    @Test
    void strategyOption_replacesTheScenarios_andJsonCarriesIt() throws Exception {
        MainTest.Run r = run("plan", "--template", "income-core", "--amount", "500000", "--strategy", "guardrails:5%",
                "--floor", "15000", "--paths", "200", "--seed", "3", "--target-success", "0.8", "--json", "--quiet");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        JsonNode s = j.path("scenario").path("withdrawal").path("strategy");
        assertThat(s.path("type").asText()).isEqualTo("floor-ceiling");
        assertThat(s.path("strategy").path("type").asText()).isEqualTo("guardrails");
        assertThat(s.path("strategy").path("rate").asDouble()).isEqualTo(0.05);
        assertThat(j.path("simulation").path("seed").asLong()).isEqualTo(3);
        assertThat(j.path("simulation").path("safeWithdrawal").path("targetSuccess").asDouble()).isEqualTo(0.8);
    }

    @Test
    void sameSeed_printsTheSameReport() {
        String[] args = {"plan", "--scenario", sample("supplemental-income"), "--paths", "250", "--seed", "9", "--quiet"};
        assertThat(run(args).out()).isEqualTo(run(args).out());
    }

    @Test
    void badInput_exitsWithTwoAndNamesTheField() {
        MainTest.Run noRate = run("plan", "--scenario", sample("retiree"), "--strategy", "guardrails", "--quiet");
        assertThat(noRate.status()).isEqualTo(2);
        assertThat(noRate.err()).contains("--strategy guardrails: missing its rate").doesNotContain("Exception");
        MainTest.Run target = run("plan", "--scenario", sample("retiree"), "--target-success", "1.5", "--quiet");
        assertThat(target.status()).isEqualTo(2);
        assertThat(target.err()).contains("simulation.targetSuccess:");
        MainTest.Run horizon = run("plan", "--scenario", sample("retiree"), "--horizon", "-3", "--quiet");
        assertThat(horizon.status()).isEqualTo(2);
        assertThat(horizon.err()).contains("horizonYears:");
        MainTest.Run none = run("plan", "--template", "income-core", "--amount", "1000", "--quiet");
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).contains("--strategy");
    }

    @Test
    void aCatalogWhoseCorrelationsAreNotPositiveDefinite_isRefusedNamingTheMatrix(@TempDir Path dir) throws Exception {
        ObjectNode catalog = (ObjectNode) Json.mapper().readTree(Path.of(System.getProperty("yieldplan.samples"),
                "catalog.json").toFile());
        ArrayNode assets = (ArrayNode) catalog.path("correlations").path("assets");
        List<String> names = new java.util.ArrayList<>();
        assets.forEach(a -> names.add(a.asText()));
        ArrayNode m = (ArrayNode) catalog.path("correlations").path("matrix");
        int eth = names.indexOf("ETH");
        int sol = names.indexOf("SOL");
        int ada = names.indexOf("ADA");
        // each entry is a valid correlation, but ETH ~ SOL, ETH ~ ADA and SOL ~ −ADA cannot all hold
        for (int[] e : new int[][] {{eth, sol, 99}, {eth, ada, 99}, {sol, ada, -99}}) {
            ((ArrayNode) m.get(e[0])).set(e[1], e[2] / 100.0);
            ((ArrayNode) m.get(e[1])).set(e[0], e[2] / 100.0);
        }
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, Json.pretty(catalog));
        MainTest.Run r = run("plan", "--template", "income-core", "--amount", "100000", "--strategy", "percent:0.04",
                "--catalog", file.toString(), "--paths", "10", "--quiet");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("correlations.matrix:", "not positive definite").doesNotContain("Exception");
    }
}
