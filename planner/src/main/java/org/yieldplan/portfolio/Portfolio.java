package org.yieldplan.portfolio;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A set of holdings, valued in USD.
 *
 * @param holdings the positions, in the order given; at least one, with a total value above zero
 */
public record Portfolio(List<Holding> holdings) {

    public Portfolio {
        holdings = List.copyOf(holdings);
        if (holdings.isEmpty()) {
            throw new IllegalArgumentException("holdings: a portfolio needs at least one holding");
        }
        if (!(holdings.stream().mapToDouble(Holding::valueUsd).sum() > 0)) {
            throw new IllegalArgumentException("holdings: the portfolio's total value is zero");
        }
    }

    /** Σ value of every holding, USD. */
    public double totalValue() {
        return holdings.stream().mapToDouble(Holding::valueUsd).sum();
    }

    /** Value per bucket, USD, in bucket order; buckets with no holding are left out. */
    public Map<Bucket, Double> valueByBucket() {
        Map<Bucket, Double> out = new EnumMap<>(Bucket.class);
        for (Holding h : holdings) {
            out.merge(h.bucket(), h.valueUsd(), Double::sum);
        }
        return out;
    }

    /** Weight per bucket: value_b / Σ value (DOMAIN.md, "Drift"); the weights sum to 1. */
    public Map<Bucket, Double> weightByBucket() {
        double total = totalValue();
        Map<Bucket, Double> out = new EnumMap<>(Bucket.class);
        valueByBucket().forEach((b, v) -> out.put(b, v / total));
        return out;
    }

    /** Value grouped by any key (asset, protocol, chain), USD, in first-seen order; null keys are left out. */
    public Map<String, Double> valueBy(Function<Holding, String> key) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Holding h : holdings) {
            String k = key.apply(h);
            if (k != null && !k.isBlank()) {
                out.merge(k, h.valueUsd(), Double::sum);
            }
        }
        return out;
    }
}
