package org.yieldplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.yieldplan.input.FieldProblem;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioInvalid;

/** The scenario JSON is read in one pass: every problem at once, each naming its field as the JSON does. */
class ScenarioReaderTest {

    private static Scenario read(String json) {
        return ScenarioReader.read("s.json", json.getBytes(StandardCharsets.UTF_8), SampleFiles.templates());
    }

    private static ScenarioInvalid refused(String json) {
        return catchThrowableOfType(() -> read(json), ScenarioInvalid.class);
    }

    @Test
    void everyProblemIsReportedAtOnce_withItsField() {
        ScenarioInvalid e = refused("{\"amountUsd\": -5, \"template\": \"income-core\", \"horizonYears\": 0, \"taxRate\": 1.5,"
                + " \"inflaton\": 0.02, \"holdings\": [{\"asset\": \"ETH\", \"valueUsd\": 5, \"bucket\": \"staking\"},"
                + " {\"asset\": \"SOL\", \"valueUsd\": -1, \"bucket\": \"staking\"}],"
                + " \"withdrawal\": {\"strategy\": {\"type\": \"guardrails\", \"rate\": 2}},"
                + " \"overrides\": [{\"bucket\": \"staking\", \"apyLow\": -0.1}], \"simulation\": {\"paths\": 200}}");
        assertThat(e.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("inflaton", "holdings[2].valueUsd",
                "withdrawal.strategy.rate", "overrides[1].apyLow", "horizonYears", "taxRate", "simulation.paths");
        assertThat(e.problems()).filteredOn(p -> p.field().equals("taxRate")).extracting(FieldProblem::message)
                .containsExactly("must be 0 % to 100 %, got 150 %");
        assertThat(e.problems()).filteredOn(p -> p.field().equals("withdrawal.strategy.rate")).first()
                .extracting(FieldProblem::message).asString().contains("got 200 %");
        assertThat(e.getMessage()).startsWith("s.json: ");
    }

    @Test
    void theBoundarysLimits_applyToFilesAndRequests() {
        String base = "{\"amountUsd\": 1000, \"template\": \"income-core\", \"horizonYears\": 10, ";
        assertThat(refused(base + "\"name\": \"" + "n".repeat(121) + "\"}").problems()).extracting(FieldProblem::field)
                .containsExactly("name");
        assertThat(refused(base + "\"description\": \"" + "d".repeat(2001) + "\"}").problems()).extracting(FieldProblem::field)
                .containsExactly("description");
        assertThat(refused(base + "\"goalAnnualIncome\": 2e12}").problems().get(0).message())
                .isEqualTo("at most $1,000,000,000,000, got $2,000,000,000,000");
        assertThat(refused(base + "\"overrides\": [{\"bucket\": \"staking\", \"apyBase\": 0.05},"
                + " {\"bucket\": \"staking\", \"apyLow\": 0.02}]}").problems()).extracting(FieldProblem::field)
                .containsExactly("overrides[2]");
        assertThat(refused("{\"amountUsd\": 1000, \"template\": \"nope\", \"horizonYears\": 10}").problems())
                .extracting(FieldProblem::field).containsExactly("template");
        assertThat(read(base + "\"withdrawal\": {\"strategy\": {\"type\": \"income-only\"}}, \"simulation\": {\"paths\": 1000}}")
                .simulation().paths()).isEqualTo(1000);
    }

    @Test
    void aMissingHorizonAndWrongTypesAreNamed_malformedJsonIsNotAScenarioProblem() {
        assertThat(refused("{\"amountUsd\": \"lots\", \"template\": \"income-core\"}").problems())
                .extracting(FieldProblem::field).containsExactly("amountUsd", "horizonYears");
        assertThatThrownBy(() -> read("{\"amountUsd\": 1000,")).isInstanceOf(JsonInputException.class)
                .isNotInstanceOf(ScenarioInvalid.class);
        assertThatThrownBy(() -> read("[1, 2]")).isInstanceOf(JsonInputException.class).hasMessageContaining("JSON object");
    }

    @Test
    void copiesKeepEveryInput_andANameIsChecked() {
        Scenario s = SampleFiles.scenarios().get(0);
        Scenario copy = s.withId("x1").withName("Other");
        assertThat(copy.withId(s.id()).withName(s.name())).isEqualTo(s);
        assertThat(catchThrowableOfType(() -> s.withName(" "), ScenarioInvalid.class).problems().get(0).field()).isEqualTo("name");
    }
}
