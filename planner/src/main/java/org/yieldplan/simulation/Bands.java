package org.yieldplan.simulation;

import java.util.List;

/**
 * Percentile bands by year across the paths (USD nominal), one list per percentile, one entry per year.
 *
 * @param p5  5th percentile
 * @param p25 25th percentile
 * @param p50 median
 * @param p75 75th percentile
 * @param p95 95th percentile
 */
public record Bands(List<Double> p5, List<Double> p25, List<Double> p50, List<Double> p75, List<Double> p95) {

    public Bands {
        p5 = List.copyOf(p5);
        p25 = List.copyOf(p25);
        p50 = List.copyOf(p50);
        p75 = List.copyOf(p75);
        p95 = List.copyOf(p95);
    }
}
