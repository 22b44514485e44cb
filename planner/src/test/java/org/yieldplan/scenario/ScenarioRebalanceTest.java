package org.yieldplan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.Json;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.rebalance.DriftRow;
import org.yieldplan.template.AllocationTemplate;

class ScenarioRebalanceTest {

    private final ScenarioRunner runner = TestRunners.fast();

    @Test
    void holdingsWithATemplate_getDriftAgainstTheTemplatesBucketTargets() throws Exception {
        Scenario s = TestRunners.sampleScenario("financial-independence");
        ScenarioResult r = TestRunners.sample(s.id());
        assertThat(r.rebalance()).isNotNull();
        AllocationTemplate t = runner.templates().get(s.template());
        double total = s.holdings().stream().mapToDouble(Holding::valueUsd).sum();
        double growth = s.holdings().stream().filter(h -> h.bucket() == Bucket.GROWTH).mapToDouble(Holding::valueUsd).sum();
        DriftRow row = r.rebalance().drift().stream().filter(d -> d.key().equals("growth")).findFirst().orElseThrow();
        assertThat(row.weight()).isCloseTo(growth / total, within(1e-12));
        assertThat(row.target()).isCloseTo(t.bucketTargets().get(Bucket.GROWTH), within(1e-12));
        JsonNode j = Json.mapper().readTree(Json.pretty(r));
        assertThat(j.path("rebalance").path("drift").isArray()).isTrue();
        assertThat(j.path("rebalance").has("saleNeeded")).isTrue();
        assertThat(j.path("rebalance").path("trades").isArray()).isTrue();
    }

    @Test
    void anAmountSplitByATemplate_hasNoRebalanceComponent() {
        assertThat(runner.run(Scenario.ofTemplate("income-core", 100_000, null)).rebalance()).isNull();
    }
}
