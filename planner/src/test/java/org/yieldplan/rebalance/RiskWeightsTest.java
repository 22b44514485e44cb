package org.yieldplan.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Catalog;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.template.AllocationTemplate;
import org.yieldplan.template.TemplateSlice;

class RiskWeightsTest {

    private final Catalog catalog = SampleFiles.catalog();

    @Test
    void withinABucket_weightsAreProportionalToInverseVolatility_andTheBucketKeepsItsWeight() {
        AllocationTemplate t = new AllocationTemplate("t", "t", null, null, java.util.List.of(
                new TemplateSlice("BTC", Bucket.GROWTH, 0.3), new TemplateSlice("ETH", Bucket.GROWTH, 0.3),
                new TemplateSlice("USDC", Bucket.LENDING, 0.4)), Map.of(), null);
        double sBtc = catalog.profile("BTC").volatility();
        double sEth = catalog.profile("ETH").volatility();
        Map<String, Double> w = RiskWeights.weights(t, catalog);
        assertThat(w.get("BTC")).isCloseTo(0.6 * (1 / sBtc) / (1 / sBtc + 1 / sEth), within(1e-12));
        assertThat(w.get("ETH")).isCloseTo(0.6 * (1 / sEth) / (1 / sBtc + 1 / sEth), within(1e-12));
        assertThat(w.get("USDC")).isCloseTo(0.4, within(1e-12));
        assertThat(w.get("BTC")).isGreaterThan(w.get("ETH"));   // BTC is the less volatile
        assertThat(w.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
    }
}
