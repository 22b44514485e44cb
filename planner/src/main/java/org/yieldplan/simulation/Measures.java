package org.yieldplan.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The plan's own measure ({@link PlanMeasure}) from the per-path results. */
final class Measures {

    /** A payment this close below the goal (relative) still meets it: rounding in the ledger's monthly sums. */
    private static final double GOAL_TOLERANCE = 1e-9;

    private Measures() {
    }

    /**
     * @param setup     the plan's setup (strategy, saving years, inflation, goal)
     * @param failMonth each path's first missed month (1-based), 0 when none
     * @param income    each path's income paid by year, nominal USD, at {@code path × years + year − 1}
     * @param years     years in the projection
     */
    static PlanMeasure of(PlanSetup setup, int[] failMonth, double[] income, int years) {
        int paths = failMonth.length;
        int first = setup.plan().startAfterYears() + 1;
        int planYears = years - first + 1;
        double[] index = inflationIndex(setup, years);
        RealIncomeBands real = realIncome(income, paths, years, first, index);
        boolean canDeplete = setup.plan().strategy().canDeplete();
        Double goal = setup.goalAnnualIncome();
        if (!canDeplete) {
            Double met = goal == null ? null : goalMet(income, paths, years, first, index, goal);
            return new PlanMeasure(false, goal, met, real, null, null);
        }
        int startMonth = (first - 1) * 12 + 1;
        double[] lasted = new double[paths];
        double[] depletion = new double[paths];
        for (int i = 0; i < paths; i++) {
            int f = failMonth[i];
            lasted[i] = f == 0 ? planYears : (f - startMonth) / 12;         // whole plan years paid before the miss
            depletion[i] = f == 0 ? Integer.MAX_VALUE : (f - 1) / 12 + 1;    // the year of the first miss
        }
        int medianDepletion = (int) Quantiles.kth(depletion, rank(paths, 0.5));
        int tenthLasted = (int) Quantiles.kth(lasted, rank(paths, 0.1));
        int medianLasted = (int) Quantiles.kth(lasted, rank(paths, 0.5));
        return new PlanMeasure(true, goal, null, real, new YearsLasted(medianLasted, tenthLasted, planYears),
                medianDepletion == Integer.MAX_VALUE ? null : medianDepletion);
    }

    /**
     * For a plan with a goal, the share of paths paying at least the goal in today's dollars in every withdrawal year;
     * null without a goal (as {@link PlanMeasure#goalMetProbability}).
     */
    static Double goalMetProbability(PlanSetup setup, double[] income, int paths, int years) {
        Double goal = setup.goalAnnualIncome();
        return goal == null ? null : goalMet(income, paths, years, setup.plan().startAfterYears() + 1,
                inflationIndex(setup, years), goal);
    }

    /** By year y (1-based), (1 + inflation)^(y − 1): today's $ → nominal in year y. */
    private static double[] inflationIndex(PlanSetup setup, int years) {
        double[] index = new double[years + 1];
        for (int y = 1; y <= years; y++) {
            index[y] = Math.pow(1 + setup.inflation(), y - 1);             // today's $ → nominal in year y
        }
        return index;
    }

    /** Nearest rank: the 0-based index of the q-quantile of n sorted values, ⌈q·n⌉ − 1. */
    static int rank(int n, double q) {
        return Math.max(0, (int) Math.ceil(q * n - 1e-9) - 1);
    }

    /** Share of paths paying at least the goal in today's dollars in every withdrawal year. */
    private static double goalMet(double[] income, int paths, int years, int first, double[] index, double goal) {
        int met = 0;
        for (int i = 0; i < paths; i++) {
            boolean ok = true;
            for (int y = first; y <= years && ok; y++) {
                ok = income[i * years + y - 1] / index[y] >= goal * (1 - GOAL_TOLERANCE);   // real income ≥ goal
            }
            if (ok) {
                met++;
            }
        }
        return met / (double) paths;
    }

    /**
     * 10th percentile and median of each withdrawal year's real income (R-7, {@link Quantiles}, as the bands), the
     * years in parallel (on the caller's fork-join pool when run in one).
     */
    private static RealIncomeBands realIncome(double[] income, int paths, int years, int first, double[] index) {
        double[][] at = new double[years - first + 1][];
        IntStream.rangeClosed(first, years).parallel().forEach(y -> {
            double[] column = new double[paths];
            for (int i = 0; i < paths; i++) {
                column[i] = income[i * years + y - 1] / index[y];            // nominal / (1 + inflation)^(y − 1)
            }
            at[y - first] = Quantiles.r7(column, 10, 50);
        });
        List<Integer> ys = new ArrayList<>();
        List<Double> p10 = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        for (int y = first; y <= years; y++) {
            ys.add(y);
            p10.add(at[y - first][0]);
            p50.add(at[y - first][1]);
        }
        return new RealIncomeBands(ys, p10, p50);
    }
}
