package org.yieldplan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.Json;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.sustainability.Flag;
import org.yieldplan.sustainability.Severity;
import org.yieldplan.sustainability.Thresholds;

/** The sample scenarios give the flags a careful person expects. */
class SampleScenarioFlagsTest {

    @Test
    void financialIndependence_requiredYield_isMeasuredOnTheBalanceWhenWithdrawalsStart() {
        ScenarioResult r = run("financial-independence");
        // the goal in year 16's dollars over the median path's balance then, not $100,000 over today's $750,000
        double required = 100_000 * Math.pow(1 + r.scenario().inflation(), 15) / r.plan().balanceAtStart();
        assertThat(required).isNotCloseTo(100_000 / 750_000.0, within(1e-3));
        Flag plan = only(r, "plan-needs-unsustainable-yield", "plan");
        assertThat(plan.evidence().get(0).value()).isCloseTo(required, within(1e-12));
        assertThat(plan.severity()).isEqualTo(required > 0.10 ? Severity.CRITICAL : Severity.WARNING);
        assertThat(plan.message()).startsWith("When withdrawals start in year 16, the income goal needs a yield of "
                + String.format(java.util.Locale.US, "%.2f %%", required * 100));
    }

    @Test
    void financialIndependence_fixedGoalFundedByVolatileTokens_isFlagged_andNoSpotHoldingIsAFailureRisk() {
        ScenarioResult r = run("financial-independence");
        // BTC, ETH, SOL spot 525,000 + half the ETH/USDC pool 30,000 + stETH 45,000 = 600,000 of 750,000
        Flag f = only(r, "goal-funded-by-volatile-tokens", "plan");
        assertThat(f.evidence().get(0).value()).isCloseTo(600_000 / 750_000.0, within(1e-12));
        assertThat(r.flags()).noneMatch(x -> x.message().contains("one failure") && x.subject().contains("Bitcoin"));
    }

    @Test
    void financialIndependence_curvePoolAtThreePlusTwentyFive_isEmissionFundedAndCutToItsBase() {
        ScenarioResult r = run("financial-independence");
        only(r, "emission-funded", "crvUSD/USDC liquidity at Curve on Ethereum");
        // the catalog has no crvUSD/USDC entry: the liquidity default, 5-20 %, and 28 % is 1.4 × its high
        Flag range = only(r, "outside-normal-range", "crvUSD/USDC liquidity at Curve on Ethereum");
        assertThat(range.evidence()).filteredOn(e -> e.name().equals("times the high")).singleElement()
                .satisfies(e -> assertThat(e.value()).isCloseTo(0.28 / 0.20, within(1e-12)));
        // a stablecoin pair: no impermanent-loss flag
        assertThat(r.flags()).noneMatch(f -> f.rule().equals("fees-below-impermanent-loss") && f.subject().startsWith("crvUSD"));
    }

    @Test
    void financialIndependence_stEthLentOnAave_isStacked() {
        only(r("financial-independence"), "stacked-yield", "stETH lending at Aave on Ethereum");
    }

    /**
     * Sustainable = (75,000 × 4.8 % + 60,000 × 11 % + 45,000 × 3 % (Curve cut to its base APY)
     * + 45,000 × 1.2 %) / 750,000 = 12,090 / 750,000; blended has the Curve pool at 28 %: 23,340 / 750,000.
     */
    @Test
    void financialIndependence_sustainableYield_byHand() {
        ScenarioResult r = run("financial-independence");
        assertThat(r.sustainable().sustainableApy()).isCloseTo(12_090 / 750_000.0, within(1e-12));
        assertThat(r.sustainable().blendedApyBase()).isCloseTo(23_340 / 750_000.0, within(1e-12));
        assertThat(r.sustainable().blendedApyBase()).isCloseTo(r.income().blendedApy().base(), within(1e-15));
        assertThat(r.sustainable().sustainableAnnualIncome()).isCloseTo(12_090, within(1e-6));
        assertThat(r.sustainable().sustainableMonthlyIncome()).isCloseTo(1_007.5, within(1e-6));
        // BTC holds exactly 40 % (300,000 of 750,000): at the limit, not above it
        assertThat(r.flags()).noneMatch(f -> f.rule().equals("concentration"));
    }

    @Test
    void financialIndependence_planFailingOnMostPaths_isFlaggedWithTheSimulatedSuccess() {
        ScenarioResult r = run("financial-independence");
        double success = r.simulation().successProbability();
        assertThat(success).isLessThan(0.9);                              // the scenario's default target
        Flag f = only(r, "plan-fails-too-often", "plan");
        assertThat(f.evidence().get(0).value()).isEqualTo(success);
        assertThat(f.severity()).isEqualTo(success < 0.5 ? Severity.CRITICAL : Severity.WARNING);
    }

    @Test
    void aSampleWhosePlanMeetsItsTarget_orHasNoPlan_isNotFlaggedAsFailing() {
        for (Scenario s : SampleFiles.scenarios()) {
            ScenarioResult r = run(s.id());
            boolean fails = r.simulation() != null && r.simulation().successProbability() < s.simulation().targetSuccess();
            assertThat(r.flags().stream().anyMatch(f -> f.rule().equals("plan-fails-too-often"))).as(s.id()).isEqualTo(fails);
        }
    }

    @Test
    void everySample_hasSustainableAtMostBlended_andFlagsSortedBySeverity() {
        for (Scenario s : SampleFiles.scenarios()) {
            ScenarioResult r = run(s.id());
            assertThat(r.sustainable().sustainableApy()).isLessThanOrEqualTo(r.sustainable().blendedApyBase() + 1e-15);
            List<Severity> sev = r.flags().stream().map(Flag::severity).toList();
            assertThat(sev).as(s.id()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        }
    }

    @Test
    void earlyRetirement_crvEthFarm_isEmissionFunded_withSeventyPercentRewards() {
        ScenarioResult r = run("early-retirement");
        Flag f = only(r, "emission-funded", "CRV/ETH farming");
        assertThat(f.evidence()).filteredOn(e -> e.name().equals("reward share")).singleElement()
                .satisfies(e -> assertThat(e.value()).isCloseTo(0.7, within(1e-12)));
    }

    @Test
    void resultJson_hasFlagsAndSustainableApyAtTheTopLevel() throws IOException {
        JsonNode j = Json.mapper().readTree(Json.pretty(run("financial-independence")));
        assertThat(j.get("sustainableApy").isNumber()).isTrue();
        assertThat(j.get("sustainableApy").asDouble()).isCloseTo(12_090 / 750_000.0, within(1e-12));
        assertThat(j.get("unsustainableApy").isNumber()).isTrue();
        assertThat(j.get("blendedApy").get("base").asDouble()).isCloseTo(j.get("blendedApyBase").asDouble(), within(1e-15));
        assertThat(j.has("sustainable")).isFalse();
        JsonNode flag = null;
        for (JsonNode f : j.get("flags")) {
            flag = "plan-needs-unsustainable-yield".equals(f.get("rule").asText()) ? f : flag;
        }
        assertThat(flag).as("the plan's required-yield flag").isNotNull();
        double required = Verdicts.requiredYieldAtStart(run("financial-independence"));
        // critical only above the ceiling, measured on the balance when withdrawals start
        assertThat(flag.get("severity").asText())
                .isEqualTo(required > Thresholds.defaults().requiredYieldCeiling() ? "critical" : "warning");
        assertThat(flag.get("subject").asText()).isEqualTo("plan");
        JsonNode ev = flag.get("evidence").get(0);
        assertThat(ev.get("name").asText()).isEqualTo("required yield");
        assertThat(ev.get("unit").asText()).isEqualTo("rate");
        assertThat(ev.get("value").asDouble()).isCloseTo(required, within(1e-12));
    }

    private ScenarioResult r(String id) {
        return run(id);
    }

    private ScenarioResult run(String id) {
        return TestRunners.sample(id);
    }

    private static Flag only(ScenarioResult r, String rule, String subject) {
        List<Flag> fs = r.flags().stream().filter(f -> f.rule().equals(rule) && f.subject().equals(subject)).toList();
        assertThat(fs).as(rule + " on " + subject + " in " + r.flags()).hasSize(1);
        return fs.get(0);
    }
}
