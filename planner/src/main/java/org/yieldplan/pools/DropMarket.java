package org.yieldplan.pools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What all pools of a history did, by date, for the APY-drop forecast's market features. Pure.
 *
 * <p>On a date {@code d} it answers only from points dated on or before {@code d}: the median ln(1 + APY) over the
 * pools with a point on {@code d} and on {@code d − 30} ({@link #trend30}), and the outcomes ({@link DropRule}) of
 * the pool-days dated {@code d − 34 ... d − 28}, whose outcome windows end by {@code d} ({@link #downShare}).
 */
public final class DropMarket {

    /** The outcomes looked at are dated this many days before the date, and up to 6 days earlier. */
    static final int RECENT = DropRule.WINDOW_END;
    /** A share of known drops is pulled towards {@link #PRIOR} as if it had this many more pool-days. */
    static final double PRIOR_DAYS = 5;
    /** The drop share assumed when nothing is known (about the share in the fixture history). */
    static final double PRIOR = 0.3;

    private final Map<LocalDate, Double> medianLogApy;
    private final Map<LocalDate, int[]> outcomes;           // by pool-day date: {kept, down}

    private DropMarket(Map<LocalDate, Double> medianLogApy, Map<LocalDate, int[]> outcomes) {
        this.medianLogApy = medianLogApy;
        this.outcomes = outcomes;
    }

    /** The market of some pool histories. */
    public static DropMarket of(Collection<PoolHistory> histories) {
        Map<LocalDate, List<Double>> apys = new HashMap<>();
        Map<LocalDate, int[]> outcomes = new HashMap<>();
        for (PoolHistory h : histories) {
            List<PoolPoint> pts = h.points();
            for (int i = 0; i < pts.size(); i++) {
                PoolPoint p = pts.get(i);
                apys.computeIfAbsent(p.date(), d -> new ArrayList<>()).add(Math.log1p(Math.max(0, p.apy())));
                OptionalDouble later = DropRule.windowMean(pts.subList(i, Math.min(pts.size(), i + DropRule.WINDOW_END + 1)), p.date());
                if (later.isPresent()) {
                    outcomes.computeIfAbsent(p.date(), d -> new int[2])[DropRule.down(p.apy(), later.getAsDouble()) ? 1 : 0]++;
                }
            }
        }
        Map<LocalDate, Double> medians = new HashMap<>();
        apys.forEach((d, v) -> medians.put(d, median(v)));
        return new DropMarket(medians, outcomes);
    }

    /** No market known: no trend, the prior drop share. */
    public static DropMarket none() {
        return new DropMarket(Map.of(), Map.of());
    }

    /** The median ln(1 + APY) on a date minus the one 30 days before; 0 when either day has no point. */
    public double trend30(LocalDate date) {
        Double now = medianLogApy.get(date);
        Double before = medianLogApy.get(date.minusDays(30));
        return now == null || before == null ? 0 : now - before;
    }

    /**
     * The share of the pool-days dated {@code date − 34 ... date − 28} that dropped, as
     * {@code (drops + 5 × 0.3) / (pool-days + 5)}.
     */
    public double downShare(LocalDate date) {
        int down = 0;
        int all = 0;
        for (int back = RECENT; back <= RECENT + 6; back++) {
            int[] c = outcomes.get(date.minusDays(back));
            if (c != null) {
                down += c[1];
                all += c[0] + c[1];
            }
        }
        return shrunk(down, all, PRIOR);
    }

    /** (drops + 5 × prior) / (pool-days + 5). */
    static double shrunk(int down, int all, double prior) {
        return (down + PRIOR_DAYS * prior) / (all + PRIOR_DAYS);
    }

    private static double median(List<Double> v) {
        double[] s = v.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
