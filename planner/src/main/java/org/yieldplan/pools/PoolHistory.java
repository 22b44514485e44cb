package org.yieldplan.pools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A pool's daily history, oldest first, at most one point a day (the last one taken that day).
 *
 * @param pool   DeFiLlama's pool id
 * @param points the points, by date
 */
public record PoolHistory(String pool, List<PoolPoint> points) {

    public PoolHistory {
        List<PoolPoint> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(PoolPoint::date));
        List<PoolPoint> daily = new ArrayList<>(sorted.size());
        for (PoolPoint p : sorted) {                       // stable sort: the later point of a day wins
            if (!daily.isEmpty() && daily.get(daily.size() - 1).date().equals(p.date())) {
                daily.set(daily.size() - 1, p);
            } else {
                daily.add(p);
            }
        }
        points = List.copyOf(daily);
    }

    /** The history up to and including a date. */
    public PoolHistory until(LocalDate last) {
        return new PoolHistory(pool, points.stream().filter(p -> !p.date().isAfter(last)).toList());
    }

    /** This history with a point put in (replacing the one of its date). */
    public PoolHistory with(PoolPoint point) {
        List<PoolPoint> out = new ArrayList<>(points.stream().filter(p -> !p.date().equals(point.date())).toList());
        out.add(point);
        return new PoolHistory(pool, out);
    }
}
