package org.yieldplan.simulation;

import java.util.List;

/**
 * The income paid to the investor in each withdrawal year, in today's dollars, across the paths: its 10th
 * percentile and median. Today's dollars use the plan's own index, nominal / (1 + inflation)^(year − 1), the
 * index an inflation-adjusted amount is raised by, so a plan paying a constant real amount shows that amount.
 *
 * @param years the withdrawal years, 1-based from the projection's start
 * @param p10   10th percentile, USD a year in today's dollars
 * @param p50   median, USD a year in today's dollars
 */
public record RealIncomeBands(List<Integer> years, List<Double> p10, List<Double> p50) {

    public RealIncomeBands {
        years = List.copyOf(years);
        p10 = List.copyOf(p10);
        p50 = List.copyOf(p50);
    }
}
