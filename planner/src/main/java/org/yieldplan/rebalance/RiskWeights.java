package org.yieldplan.rebalance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yieldplan.market.Catalog;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.template.AllocationTemplate;
import org.yieldplan.template.TemplateSlice;

/**
 * Risk-adjusted weights (DOMAIN.md: "lower-volatility assets get larger weights"): each bucket keeps
 * its template weight W_b, split among the bucket's assets by inverse volatility
 *
 * <pre>  w_i = W_b × (1/σ_i) / Σ_{j in b} (1/σ_j)</pre>
 *
 * with σ the catalog's annual volatility ({@link Catalog#profile}; a pair or unlisted asset takes
 * the default profile). An asset in several buckets adds up its weights.
 */
public final class RiskWeights {

    private RiskWeights() {
    }

    /** Asset targets from a template, inverse-volatility within each bucket; {@code band} null for ± 5 points. */
    public static Targets inverseVolatility(AllocationTemplate template, Catalog catalog, BandRule band) {
        return Targets.ofWeights(weights(template, catalog), band);
    }

    /** The inverse-volatility asset weights (upper-case asset → weight), summing to 1. */
    public static Map<String, Double> weights(AllocationTemplate template, Catalog catalog) {
        Map<String, Double> out = new LinkedHashMap<>();
        template.bucketTargets().forEach((bucket, w) -> {
            List<TemplateSlice> slices = template.slices().stream().filter(s -> s.bucket() == bucket).toList();
            double inverseSum = slices.stream().mapToDouble(s -> 1 / sigma(catalog, s, bucket)).sum();
            for (TemplateSlice s : slices) {
                double wi = w * (1 / sigma(catalog, s, bucket)) / inverseSum;   // W_b × (1/σ_i) / Σ 1/σ_j
                out.merge(s.asset().toUpperCase(Locale.ROOT), wi, Double::sum);
            }
        });
        return out;
    }

    private static double sigma(Catalog catalog, TemplateSlice s, Bucket bucket) {
        double v = catalog.profile(s.asset()).volatility();
        if (!(v > 0)) {
            throw new IllegalArgumentException("assets." + s.asset() + ".volatility: is 0; inverse-volatility weights in "
                    + bucket.id() + " need a volatility above 0");
        }
        return v;
    }
}
