package org.yieldplan.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.TestRunners;
import org.yieldplan.simulation.Shocks;
import org.yieldplan.simulation.SimulationSettings;
import org.yieldplan.withdrawal.ConstantAmount;
import org.yieldplan.withdrawal.ConstantPercentage;
import org.yieldplan.withdrawal.FloorCeiling;
import org.yieldplan.withdrawal.Guardrails;
import org.yieldplan.withdrawal.IncomeOnly;
import org.yieldplan.withdrawal.NinetyFivePercentRule;
import org.yieldplan.withdrawal.VariablePercentage;
import org.yieldplan.withdrawal.WithdrawalPlan;
import org.yieldplan.withdrawal.WithdrawalStrategy;
import org.yieldplan.withdrawal.YieldGuardrail;

class WithdrawalJsonTest {

    private static Scenario parse(String withdrawalAndSimulation) {
        String json = "{\"amountUsd\": 100000, \"template\": \"income-core\", \"horizonYears\": 20, "
                + withdrawalAndSimulation + "}";
        return SampleFiles.scenario("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyStrategy_roundTripsThroughItsTypeField() throws Exception {
        List<WithdrawalStrategy> all = List.of(new ConstantAmount(75_000, true), new ConstantPercentage(0.04),
                new IncomeOnly(), Guardrails.of(0.05), new NinetyFivePercentRule(0.04), new VariablePercentage(0.05),
                new FloorCeiling(Guardrails.of(0.05), 40_000, 90_000.0), new YieldGuardrail(0.05, 0.04, null, null));
        for (WithdrawalStrategy s : all) {
            String text = Json.mapper().writeValueAsString(s);
            assertThat(Json.mapper().readTree(text).path("type").asText()).isEqualTo(s.type());
            assertThat(Json.mapper().readValue(text, WithdrawalStrategy.class)).isEqualTo(s);
        }
        assertThat(all).extracting(WithdrawalStrategy::type).containsExactlyElementsOf(Json.STRATEGY_TYPES);
    }

    @Test
    void aScenarioPlan_readsWithDefaults() {
        Scenario s = parse("\"withdrawal\": {\"strategy\": {\"type\": \"constant-amount\", \"annualUsd\": 75000,"
                + " \"inflationAdjusted\": true}, \"startAfterYears\": 5, \"frequency\": \"quarterly\"},"
                + " \"simulation\": {\"paths\": 1500, \"shocks\": \"student-t\", \"degreesOfFreedom\": 5}");
        assertThat(s.withdrawal()).isEqualTo(new WithdrawalPlan(new ConstantAmount(75_000, true), 5,
                WithdrawalPlan.Frequency.QUARTERLY));
        assertThat(s.simulation()).isEqualTo(new SimulationSettings(1500, 42L, 0.9, Shocks.STUDENT_T, 5, true));
    }

    @Test
    void unknownStrategyType_namesTheKnownTypes() {
        assertThatThrownBy(() -> parse("\"withdrawal\": {\"strategy\": {\"type\": \"yolo\"}}"))
                .hasMessageContaining("unknown withdrawal strategy type 'yolo'")
                .hasMessageContaining("constant-amount, constant-percentage, income-only, guardrails");
    }

    @Test
    void strategyMissingItsRate_namesTheField() {
        assertThatThrownBy(() -> parse("\"withdrawal\": {\"strategy\": {\"type\": \"guardrails\"}}"))
                .hasMessageContaining("strategy.rate:");
        assertThatThrownBy(() -> parse("\"withdrawal\": {\"strategy\": {\"type\": \"income-only\"}, \"startAfterYears\": 20}"))
                .hasMessageContaining("withdrawal.startAfterYears:");
        assertThatThrownBy(() -> parse("\"withdrawal\": {\"strategy\": {\"type\": \"income-only\"}},"
                + " \"simulation\": {\"targetSuccess\": 1.5}")).hasMessageContaining("simulation.targetSuccess:");
    }

    @Test
    void scenarioResultJson_hasThePlanAndTheSimulation() throws Exception {
        Scenario s = parse("\"withdrawal\": {\"strategy\": {\"type\": \"constant-percentage\", \"rate\": 0.04}},"
                + " \"simulation\": {\"paths\": 1000}");
        ScenarioResult r = TestRunners.fast().run(s);
        JsonNode j = Json.mapper().readTree(Json.pretty(r));
        assertThat(j.path("plan").path("years")).hasSize(20);
        assertThat(j.path("plan").path("months")).hasSize(240);
        assertThat(j.path("plan").path("years").get(0).has("principalSold")).isTrue();
        JsonNode sim = j.path("simulation");
        // a percentage never misses: no success probability, the income's range instead (no goal here)
        assertThat(sim.has("successProbability")).isFalse();
        assertThat(sim.path("canDeplete").asBoolean(true)).isFalse();
        assertThat(sim.path("realIncomePercentiles").path("p50")).hasSize(20);
        assertThat(sim.path("percentiles").path("years")).hasSize(20);
        for (String band : List.of("balance", "income")) {
            for (String p : List.of("p5", "p25", "p50", "p75", "p95")) {
                assertThat(sim.path("percentiles").path(band).path(p)).as(band + p).hasSize(20);
            }
        }
        assertThat(sim.path("depletionYears").isArray()).isTrue();
        assertThat(sim.has("safeWithdrawal")).isFalse();                              // searched only where it can fail
        assertThat(j.path("scenario").path("withdrawal").path("strategy").path("type").asText()).isEqualTo("constant-percentage");
        assertThat(j.path("scenario").path("withdrawal").path("frequency").asText()).isEqualTo("monthly");
    }

    @Test
    void aScenarioWithoutAPlan_hasNoPlanOrSimulation() throws Exception {
        ScenarioResult r = TestRunners.fast().run(Scenario.ofTemplate("income-core", 100_000, null));
        assertThat(r.plan()).isNull();
        assertThat(r.simulation()).isNull();
        assertThat(Json.mapper().readTree(Json.pretty(r)).has("simulation")).isFalse();
    }
}
