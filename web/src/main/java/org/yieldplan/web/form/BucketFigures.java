package org.yieldplan.web.form;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Bucket;

/**
 * The yield and risk figures of one bucket as a scenario uses them: value-weighted over its
 * positions (Σ vᵢ·xᵢ / Σ vᵢ); a bucket the scenario does not hold has none.
 *
 * @param apyLow             APY low case, a fraction a year
 * @param apyBase            APY base case
 * @param apyHigh            APY high case
 * @param rewardShare        share of the APY paid in emission tokens, 0-1
 * @param volatility         annual price volatility, a fraction
 * @param failureProbability annual probability of protocol failure, 0-1
 */
public record BucketFigures(double apyLow, double apyBase, double apyHigh, double rewardShare, double volatility,
                            double failureProbability) {

    /** The figures' names, as form fields and override fields. */
    public static final List<String> FIELDS = List.of("apyLow", "apyBase", "apyHigh", "rewardShare", "volatility",
            "failureProbability");

    /** The figure by field name. */
    public double get(String field) {
        return switch (field) {
            case "apyLow" -> apyLow;
            case "apyBase" -> apyBase;
            case "apyHigh" -> apyHigh;
            case "rewardShare" -> rewardShare;
            case "volatility" -> volatility;
            case "failureProbability" -> failureProbability;
            default -> throw new IllegalArgumentException("unknown figure " + field);
        };
    }

    /** The figures of every bucket these positions hold; a bucket they do not hold has none (nothing is invented for it). */
    public static Map<Bucket, BucketFigures> of(List<Position> positions) {
        Map<Bucket, BucketFigures> out = new EnumMap<>(Bucket.class);
        for (Bucket b : Bucket.values()) {
            List<Position> in = positions.stream().filter(p -> p.bucket() == b).toList();
            double total = in.stream().mapToDouble(Position::value).sum();
            if (!in.isEmpty() && total > 0) {
                out.put(b, new BucketFigures(
                        weighted(in, total, p -> p.apy().low()), weighted(in, total, p -> p.apy().base()),
                        weighted(in, total, p -> p.apy().high()), weighted(in, total, Position::rewardShare),
                        weighted(in, total, Position::volatility), weighted(in, total, Position::failureProbability)));
            }
        }
        return out;
    }

    /**
     * A bucket override with these figures (fractions, by field name) changed, the rest kept from
     * {@code existing} (the bucket's override so far, or null).
     */
    static AssumptionOverride override(Bucket b, AssumptionOverride existing, Map<String, Double> changed) {
        AssumptionOverride e = existing != null ? existing
                : new AssumptionOverride(b, null, null, null, null, null, null, null, null, null, null, null, null);
        return new AssumptionOverride(b, null, changed.getOrDefault("apyLow", e.apyLow()),
                changed.getOrDefault("apyBase", e.apyBase()), changed.getOrDefault("apyHigh", e.apyHigh()),
                changed.getOrDefault("rewardShare", e.rewardShare()), changed.getOrDefault("volatility", e.volatility()),
                e.medianGrowth(), e.tokenInflation(), e.yieldVolatility(),
                changed.getOrDefault("failureProbability", e.failureProbability()), e.lossGivenFailure(), e.lockupDays());
    }

    private static double weighted(List<Position> in, double total, java.util.function.ToDoubleFunction<Position> f) {
        return in.stream().mapToDouble(p -> p.value() * f.applyAsDouble(p)).sum() / total;
    }
}
