package org.yieldplan.web.form;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.Position;
import org.yieldplan.market.YieldEntry;
import org.yieldplan.portfolio.Bucket;

/**
 * The yield and risk figures of one bucket as a scenario uses them: value-weighted over its
 * positions (Σ vᵢ·xᵢ / Σ vᵢ), or the catalog's bucket default when the scenario holds none.
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

    /** Every bucket's figures for these positions. */
    public static Map<Bucket, BucketFigures> of(List<Position> positions, Catalog catalog) {
        Map<Bucket, BucketFigures> out = new EnumMap<>(Bucket.class);
        for (Bucket b : Bucket.values()) {
            List<Position> in = positions.stream().filter(p -> p.bucket() == b).toList();
            double total = in.stream().mapToDouble(Position::value).sum();
            if (in.isEmpty() || total <= 0) {
                YieldEntry d = catalog.bucketDefault(b);
                out.put(b, new BucketFigures(d.apy().low(), d.apy().base(), d.apy().high(), d.rewardShare(),
                        catalog.defaultAsset().volatility(), d.failureProbability()));
            } else {
                out.put(b, new BucketFigures(
                        weighted(in, total, p -> p.apy().low()), weighted(in, total, p -> p.apy().base()),
                        weighted(in, total, p -> p.apy().high()), weighted(in, total, Position::rewardShare),
                        weighted(in, total, Position::volatility), weighted(in, total, Position::failureProbability)));
            }
        }
        return out;
    }

    private static double weighted(List<Position> in, double total, java.util.function.ToDoubleFunction<Position> f) {
        return in.stream().mapToDouble(p -> p.value() * f.applyAsDouble(p)).sum() / total;
    }
}
