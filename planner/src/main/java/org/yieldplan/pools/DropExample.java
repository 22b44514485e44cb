package org.yieldplan.pools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A pool on a date: its features and, when known, whether its APY dropped. Pure.
 *
 * @param pool     the pool id
 * @param date     the date
 * @param apy      its APY on the date, a fraction a year
 * @param features {@link DropFeatures#of} on the date
 * @param down     true when it dropped ({@link DropRule}), false when not, null when not known
 */
public record DropExample(String pool, LocalDate date, double apy, double[] features, Boolean down) {

    /**
     * Every pool-day whose outcome is known on {@code asOf}: dates up to {@code asOf − 28 days}, labels and
     * features from points up to {@code asOf} only.
     *
     * @param histories the pools' histories (points after {@code asOf} are ignored)
     * @param marks     the pools' fixed marks by id ({@link DropFeatures.Marks#UNKNOWN} for those missing)
     * @param market    what all pools did (read only up to each pool-day's date)
     * @param asOf      the date the model is trained on
     */
    public static List<DropExample> training(Collection<PoolHistory> histories, Map<String, DropFeatures.Marks> marks,
            DropMarket market, LocalDate asOf) {
        LocalDate lastLabel = DropRule.lastLabelDate(asOf);
        List<DropExample> out = new ArrayList<>();
        for (PoolHistory h : histories) {
            List<PoolPoint> pts = h.until(asOf).points();
            double[][] features = DropFeatures.all(pts, marks.getOrDefault(h.pool(), DropFeatures.Marks.UNKNOWN), market);
            for (int i = 0; i < pts.size() && !pts.get(i).date().isAfter(lastLabel); i++) {
                labelled(h.pool(), pts, i, features[i]).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The pools on one date with their outcome when the history shows it: for validation at a
     * past date. Pools without a point on the date are left out.
     */
    public static List<DropExample> on(Collection<PoolHistory> histories, Map<String, DropFeatures.Marks> marks,
            DropMarket market, LocalDate date) {
        List<DropExample> out = new ArrayList<>();
        for (PoolHistory h : histories) {
            List<PoolPoint> pts = h.points();
            for (int i = 0; i < pts.size(); i++) {
                if (pts.get(i).date().equals(date)) {
                    double[] f = DropFeatures.of(pts, i, marks.getOrDefault(h.pool(), DropFeatures.Marks.UNKNOWN), market);
                    PoolPoint p = pts.get(i);
                    out.add(labelled(h.pool(), pts, i, f).orElseGet(() -> new DropExample(h.pool(), p.date(), p.apy(), f, null)));
                }
            }
        }
        return out;
    }

    private static Optional<DropExample> labelled(String pool, List<PoolPoint> pts, int i, double[] features) {
        PoolPoint p = pts.get(i);
        OptionalDouble later = DropRule.windowMean(pts.subList(i, Math.min(pts.size(), i + DropRule.WINDOW_END + 1)), p.date());
        if (later.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DropExample(pool, p.date(), p.apy(), features, DropRule.down(p.apy(), later.getAsDouble())));
    }
}
