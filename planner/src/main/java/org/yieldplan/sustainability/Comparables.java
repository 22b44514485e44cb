package org.yieldplan.sustainability;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yieldplan.portfolio.Bucket;

/**
 * APY statistics of comparable positions: those in the same bucket that are, or are not, pairs of
 * stablecoins. Groups smaller than the minimum give no statistics.
 */
public final class Comparables {

    /**
     * One group's APY statistics, fractions a year.
     *
     * @param count how many positions
     * @param mean  arithmetic mean APY
     * @param q1    first quartile
     * @param q3    third quartile
     */
    public record Stats(int count, double mean, double q1, double q3) {

        /** The interquartile range, q3 − q1. */
        public double iqr() {
            return q3 - q1;
        }
    }

    /**
     * A group: equality written out, because a record's generated {@code equals} and {@code hashCode} are bootstrapped
     * through method handles on first use (classes spun at run time), a cost every {@code plan} command paid.
     */
    private record Key(Bucket bucket, boolean stable) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.bucket == bucket && k.stable == stable;
        }

        @Override
        public int hashCode() {
            return 2 * bucket.ordinal() + (stable ? 1 : 0);
        }
    }

    private final Map<Key, Stats> stats;

    private Comparables(Map<Key, Stats> stats) {
        this.stats = Map.copyOf(stats);
    }

    /** Statistics of each group of at least {@code minCount} positions. */
    public static Comparables of(List<PositionFacts> positions, int minCount) {
        Map<Key, List<Double>> groups = new HashMap<>();
        for (PositionFacts p : positions) {
            groups.computeIfAbsent(new Key(p.bucket(), p.stablePair()), k -> new ArrayList<>()).add(p.apy());
        }
        Map<Key, Stats> out = new HashMap<>();
        groups.forEach((k, apys) -> {
            if (apys.size() >= minCount) {
                double[] v = apys.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                out.put(k, new Stats(v.length, Arrays.stream(v).average().orElse(0), quantile(v, 0.25), quantile(v, 0.75)));
            }
        });
        return new Comparables(out);
    }

    /** No comparables (every group too small). */
    public static Comparables none() {
        return new Comparables(Map.of());
    }

    /** The statistics of the position's group, when it is large enough. */
    public Optional<Stats> of(PositionFacts position) {
        return Optional.ofNullable(stats.get(new Key(position.bucket(), position.stablePair())));
    }

    /**
     * The p-quantile of sorted values by linear interpolation between order statistics:
     * h = (n − 1)·p, q = v[⌊h⌋] + (h − ⌊h⌋)·(v[⌊h⌋ + 1] − v[⌊h⌋]) (Hyndman-Fan type 7, as Excel's QUARTILE.INC).
     */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
