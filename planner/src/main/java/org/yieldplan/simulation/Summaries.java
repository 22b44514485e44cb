package org.yieldplan.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;

/** Turns the per-path arrays into the result: success share, percentile bands (Hipparchus, R-7), depletion years. */
final class Summaries {

    private static final double[] LEVELS = {5, 25, 50, 75, 95};

    private Summaries() {
    }

    static SimulationResult result(PlanSetup setup, int[] failMonth, double[] balance, double[] income, int years,
                                   SafeWithdrawal safe) {
        SimulationSettings s = setup.settings();
        int paths = failMonth.length;
        int[] byYear = new int[years + 1];
        int succeeded = 0;
        for (int f : failMonth) {
            if (f == 0) {
                succeeded++;
            } else {
                byYear[(f - 1) / 12 + 1]++;
            }
        }
        List<DepletionYear> depletion = new ArrayList<>();
        for (int y = 1; y <= years; y++) {
            if (byYear[y] > 0) {
                depletion.add(new DepletionYear(y, byYear[y], byYear[y] / (double) paths));
            }
        }
        List<Integer> yearList = new ArrayList<>();
        for (int y = 1; y <= years; y++) {
            yearList.add(y);
        }
        Percentiles bands = new Percentiles(yearList, bands(balance, paths, years), bands(income, paths, years));
        return new SimulationResult(paths, s.seed(), s.shocks(), s.rebalanceAnnually(), succeeded / (double) paths,
                bands, depletion, safe, Measures.of(setup, failMonth, income, years), null, null, null, null);
    }

    /** The bands of each year's column, the years in parallel (on the caller's fork-join pool when run in one). */
    private static Bands bands(double[] values, int paths, int years) {
        double[][] levels = new double[LEVELS.length][years];
        IntStream.range(0, years).parallel().forEach(y -> {
            double[] column = new double[paths];
            for (int i = 0; i < paths; i++) {
                column[i] = values[i * years + y];
            }
            double[] at = Quantiles.r7(column, LEVELS);
            for (int k = 0; k < LEVELS.length; k++) {
                levels[k][y] = at[k];
            }
        });
        List<List<Double>> out = new ArrayList<>();
        for (double[] level : levels) {
            out.add(DoubleStream.of(level).boxed().toList());
        }
        return new Bands(out.get(0), out.get(1), out.get(2), out.get(3), out.get(4));
    }
}
