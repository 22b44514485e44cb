package org.yieldplan.template;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.Portfolio;

/**
 * Target weights per asset and bucket, with a band per bucket.
 *
 * @param id            identifier, e.g. {@code income-core}
 * @param name          a person's name for it
 * @param description   what it is for
 * @param expectedYield the source material's claim for its blended yield (text), or null
 * @param slices        asset-and-bucket weights, summing to 1
 * @param bands         min/max weight per bucket that has a target
 * @param components    the templates it was mixed from (empty for a plain template)
 */
public record AllocationTemplate(
        String id,
        String name,
        String description,
        String expectedYield,
        List<TemplateSlice> slices,
        Map<Bucket, BucketBand> bands,
        List<TemplateComponent> components) {

    /** Weights may differ from 1 by this much (rounding in hand-written files). */
    public static final double WEIGHT_TOLERANCE = 1e-9;

    public AllocationTemplate {
        slices = List.copyOf(slices);
        bands = Map.copyOf(bands);
        components = components == null ? List.of() : List.copyOf(components);
        double sum = slices.stream().mapToDouble(TemplateSlice::weight).sum();
        if (Math.abs(sum - 1) > WEIGHT_TOLERANCE) {
            throw new IllegalArgumentException("templates." + id + ": weights sum to " + sum + ", not 1");
        }
    }

    /** Target weight per bucket: Σ slice weights in the bucket; sums to 1. */
    public Map<Bucket, Double> bucketTargets() {
        Map<Bucket, Double> out = new EnumMap<>(Bucket.class);
        for (TemplateSlice s : slices) {
            out.merge(s.bucket(), s.weight(), Double::sum);
        }
        return out;
    }

    /** A portfolio of the given amount split by the slices: value_i = amount × weight_i. */
    public Portfolio allocate(double amountUsd) {
        if (!(amountUsd > 0) || Double.isInfinite(amountUsd)) {
            throw new IllegalArgumentException("amount: must be a positive number of dollars, got " + amountUsd);
        }
        return new Portfolio(slices.stream()
                .map(s -> Holding.ofValue(s.asset(), s.bucket(), amountUsd * s.weight()))
                .toList());
    }
}
