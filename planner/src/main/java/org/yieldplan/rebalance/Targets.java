package org.yieldplan.rebalance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.template.AllocationTemplate;
import org.yieldplan.template.BucketBand;
import org.yieldplan.template.TemplateSlice;

/**
 * The targets a portfolio is measured against: per bucket (from a template) or per asset (from
 * explicit weights). Target weights sum to 1.
 *
 * @param level   whether keys are bucket ids or asset symbols
 * @param targets one per key, in order
 */
public record Targets(Level level, List<Target> targets) {

    /** Tolerance on Σ weights = 1. */
    public static final double SUM_TOLERANCE = 1e-6;

    /** What the keys name. */
    public enum Level {
        /** Keys are bucket ids ({@code staking}). */
        BUCKET,
        /** Keys are asset symbols in upper case ({@code BTC}). */
        ASSET;

        /** The key a holding counts under. */
        public String key(Holding h) {
            return this == BUCKET ? h.bucket().id() : h.asset().toUpperCase(Locale.ROOT);
        }
    }

    public Targets {
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("weights: give at least one target");
        }
        Set<String> seen = new HashSet<>();
        for (Target t : targets) {
            if (!seen.add(t.key())) {
                throw new IllegalArgumentException("weights: " + t.key() + " is given twice");
            }
        }
        double sum = targets.stream().mapToDouble(Target::weight).sum();
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("weights: sum to " + String.format(Locale.ROOT, "%.6g", sum) + ", not 1");
        }
    }

    /** The target for a key, or null. */
    public Target find(String key) {
        return targets.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }

    /**
     * Bucket targets from a template: {@link AllocationTemplate#bucketTargets()}, with the template's
     * own bands, or {@code band} when given (it then replaces them).
     */
    public static Targets ofTemplate(AllocationTemplate template, BandRule band) {
        List<Target> out = new ArrayList<>();
        template.bucketTargets().forEach((bucket, w) -> {
            BucketBand b = template.bands().get(bucket);
            double min = band != null ? band.min(w) : b != null ? b.min() : BandRule.DEFAULT.min(w);
            double max = band != null ? band.max(w) : b != null ? b.max() : BandRule.DEFAULT.max(w);
            out.add(new Target(bucket.id(), w, Math.min(min, w), Math.max(max, w), mix(template, bucket)));
        });
        return new Targets(Level.BUCKET, out);
    }

    /** Asset targets from explicit weights (asset → weight); symbols are upper-cased. */
    public static Targets ofWeights(Map<String, Double> weights, BandRule band) {
        BandRule rule = band == null ? BandRule.DEFAULT : band;
        List<Target> out = new ArrayList<>();
        weights.forEach((asset, w) -> {
            String k = asset.strip().toUpperCase(Locale.ROOT);
            out.add(new Target(k, w, rule.min(w), rule.max(w), Map.of(k, 1.0)));
        });
        return new Targets(Level.ASSET, out);
    }

    /**
     * Parses {@code BTC=0.25,ETH=0.25,...} (also {@code BTC:25%}) into asset → weight, in order.
     *
     * @throws IllegalArgumentException naming the item at fault
     */
    public static Map<String, Double> parseWeights(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("weights: give them as BTC=0.25,ETH=0.25,...");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String item : text.split(",")) {
            String[] kv = item.strip().split("\\s*[=:]\\s*");
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new IllegalArgumentException("weights: '" + item.strip() + "' is not ASSET=WEIGHT (e.g. BTC=0.25)");
            }
            String v = kv[1].strip();
            double w;
            try {
                w = v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1).strip()) / 100 : Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weights: " + kv[0] + " has weight '" + v + "', not a number");
            }
            if (!(w >= 0 && w <= 1)) {
                throw new IllegalArgumentException("weights: " + kv[0] + " has weight " + v + "; a weight lies in [0, 1]");
            }
            if (out.put(kv[0].strip().toUpperCase(Locale.ROOT), w) != null) {
                throw new IllegalArgumentException("weights: " + kv[0].strip() + " is given twice");
            }
        }
        return out;
    }

    private static Map<String, Double> mix(AllocationTemplate template, Bucket bucket) {
        Map<String, Double> shares = new LinkedHashMap<>();
        double total = 0;
        for (TemplateSlice s : template.slices()) {
            if (s.bucket() == bucket) {
                shares.merge(s.asset(), s.weight(), Double::sum);
                total += s.weight();
            }
        }
        double t = total;
        shares.replaceAll((a, w) -> w / t);   // share within the bucket = slice weight / bucket weight
        return shares;
    }
}
