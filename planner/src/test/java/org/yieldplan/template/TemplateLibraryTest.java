package org.yieldplan.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.portfolio.Bucket;

class TemplateLibraryTest {

    private final TemplateLibrary samples = SampleFiles.templates();

    @Test
    void everySampleTemplate_hasWeightsAndBucketTargetsSummingToOne() {
        assertThat(samples.all()).extracting(AllocationTemplate::id).contains("income-core", "large-cap-staking",
                "defi-yield", "balanced-income-growth", "supplemental-income-mix", "early-retirement-mix",
                "financial-independence-mix", "retiree-mix", "monthly-saver-mix");
        for (AllocationTemplate t : samples.all()) {
            assertThat(t.slices().stream().mapToDouble(TemplateSlice::weight).sum()).as(t.id()).isCloseTo(1, within(1e-12));
            assertThat(t.bucketTargets().values().stream().mapToDouble(Double::doubleValue).sum()).as(t.id())
                    .isCloseTo(1, within(1e-12));
            t.bucketTargets().forEach((b, w) -> assertThat(t.bands().get(b).contains(w)).as(t.id() + " " + b).isTrue());
        }
    }

    @Test
    void aMix_weightsItsPartsBucketWeights() {
        // early-retirement-mix = 50 % balanced + 30 % DeFi yield + 20 % large-cap staking, computed here from the parts
        AllocationTemplate mix = samples.get("early-retirement-mix");
        Map<Bucket, Double> balanced = samples.get("balanced-income-growth").bucketTargets();
        Map<Bucket, Double> defi = samples.get("defi-yield").bucketTargets();
        Map<Bucket, Double> staking = samples.get("large-cap-staking").bucketTargets();
        for (Bucket b : Bucket.values()) {
            double expected = 0.5 * balanced.getOrDefault(b, 0.0) + 0.3 * defi.getOrDefault(b, 0.0)
                    + 0.2 * staking.getOrDefault(b, 0.0);
            assertThat(mix.bucketTargets().getOrDefault(b, 0.0)).as(b.id()).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void incomeCore_keepsTheSourceMaterialsBands() {
        AllocationTemplate core = samples.get("income-core");
        assertThat(core.bands().get(Bucket.STAKING)).isEqualTo(new BucketBand(0.40, 0.50));
        assertThat(core.bands().get(Bucket.LENDING)).isEqualTo(new BucketBand(0.30, 0.40));
        assertThat(core.bucketTargets().get(Bucket.STAKING)).isCloseTo(0.45, within(1e-12));
    }

    @Test
    void aPlainTemplate_getsDefaultBandsOfFivePoints() {
        AllocationTemplate t = samples.get("balanced-income-growth");
        double growth = t.bucketTargets().get(Bucket.GROWTH);
        assertThat(t.bands().get(Bucket.GROWTH).min()).isCloseTo(growth - 0.05, within(1e-12));
        assertThat(t.bands().get(Bucket.GROWTH).max()).isCloseTo(growth + 0.05, within(1e-12));
    }

    @Test
    void weightsThatDoNotSumToOne_areRefusedNamingTheTemplate() {
        TemplateDefinition bad = new TemplateDefinition("half", null, null, null,
                List.of(new TemplateSlice("ETH", Bucket.STAKING, 0.5)), null, null, null);
        assertThatThrownBy(() -> new TemplateLibrary(List.of(bad))).hasMessageContaining("half").hasMessageContaining("sum to 0.5");
    }

    @Test
    void mixesThatReferToEachOther_areRefused() {
        TemplateDefinition a = new TemplateDefinition("a", null, null, null, null,
                List.of(new TemplateComponent("b", 1)), null, null);
        TemplateDefinition b = new TemplateDefinition("b", null, null, null, null,
                List.of(new TemplateComponent("a", 1)), null, null);
        assertThatThrownBy(() -> new TemplateLibrary(List.of(a, b))).hasMessageContaining("cycle");
    }

    @Test
    void anUnknownTemplate_isNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> samples.get("nope")).hasMessageContaining("unknown template 'nope'")
                .hasMessageContaining("income-core");
    }

    @Test
    void allocate_splitsTheAmountBySlice() {
        var p = samples.get("large-cap-staking").allocate(100_000);
        assertThat(p.totalValue()).isCloseTo(100_000, within(1e-9));
        assertThat(p.holdings().get(0).valueUsd()).isCloseTo(40_000, within(1e-9));
    }
}
