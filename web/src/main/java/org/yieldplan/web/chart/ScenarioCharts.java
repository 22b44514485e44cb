package org.yieldplan.web.chart;

import java.util.ArrayList;
import java.util.List;
import org.yieldplan.income.BucketIncome;
import org.yieldplan.income.ScheduleRow;
import org.yieldplan.rebalance.DriftRow;
import org.yieldplan.simulation.Bands;
import org.yieldplan.simulation.Percentiles;
import org.yieldplan.simulation.RealIncomeBands;
import org.yieldplan.withdrawal.PlanRow;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.scenario.ScenarioResult;

/** The charts of a scenario page, from its result. */
public final class ScenarioCharts {

    private ScenarioCharts() {
    }

    /** Value by bucket, USD (a doughnut). */
    public static ChartSpec allocation(ScenarioResult r) {
        List<BucketIncome> b = r.income().buckets();
        return new ChartSpec("chart-allocation", "doughnut", "Allocation by bucket", "usd",
                b.stream().map(x -> x.bucket().label()).toList(),
                List.of(ChartSpec.Series.of("Value", b.stream().map(BucketIncome::valueUsd).toList(), null)));
    }

    /** First-year income per bucket, USD a year, low / base / high (grouped bars). */
    public static ChartSpec incomeByBucket(ScenarioResult r) {
        List<BucketIncome> b = r.income().buckets();
        return new ChartSpec("chart-income", "bar", "Annual income by bucket", "usd",
                b.stream().map(x -> x.bucket().label()).toList(),
                List.of(ChartSpec.Series.of("Low", b.stream().map(x -> x.annualIncome().low()).toList(), "low"),
                        ChartSpec.Series.of("Base", b.stream().map(x -> x.annualIncome().base()).toList(), "base"),
                        ChartSpec.Series.of("High", b.stream().map(x -> x.annualIncome().high()).toList(), "high")));
    }

    /** Current weight beside target weight per bucket or asset, fractions (grouped bars); null without a rebalance plan. */
    public static ChartSpec drift(ScenarioResult r) {
        if (r.rebalance() == null || r.rebalance().drift().isEmpty()) {
            return null;
        }
        List<DriftRow> rows = r.rebalance().drift();
        return new ChartSpec("chart-drift", "bar", "Weights against targets", "pct",
                rows.stream().map(DriftRow::key).toList(),
                List.of(ChartSpec.Series.of("Now", rows.stream().map(DriftRow::weight).toList(), "base"),
                        ChartSpec.Series.of("Target", rows.stream().map(DriftRow::target).toList(), "low")));
    }

    /**
     * The simulation's fan chart: the balance's 5-95 % band, its 25-75 % band and the median by year, USD nominal,
     * in that order (the legend names the bands; their edges have no entry), on a logarithmic axis;
     * null without a simulation.
     */
    public static ChartSpec fan(ScenarioResult r) {
        return r.simulation() == null ? null : fan("chart-fan", r.simulation());
    }

    /**
     * The fan chart of a simulation, drawn on the canvas {@code id}: the balance's 5-95 % band, its 25-75 % band and
     * the median by year (USD nominal), in that order, on a logarithmic axis from {@value #FAN_FLOOR} dollars so that
     * years of very different size stay readable; a balance below the floor (a path that ran out) is drawn at it.
     */
    public static ChartSpec fan(String id, SimulationResult sim) {
        Percentiles p = sim.percentiles();
        Bands b = p.balance();
        return new ChartSpec(id, "line", "Balance across the simulated paths", "usd",
                p.years().stream().map(y -> "Year " + y).toList(),
                List.of(new ChartSpec.Series("5th percentile", floored(b.p5()), null, "edge", null),
                        new ChartSpec.Series("5-95 % of paths", floored(b.p95()), "-1", "band", null),
                        new ChartSpec.Series("25th percentile", floored(b.p25()), null, "edge", null),
                        new ChartSpec.Series("25-75 % of paths", floored(b.p75()), "-1", "band2", null),
                        ChartSpec.Series.of("Median", floored(b.p50()), "high")), null, "log", FAN_FLOOR);
    }

    /** The bottom of the fan chart's log axis, USD: balances below it are drawn at it (the table has them). */
    public static final double FAN_FLOOR = 1_000;

    private static List<Double> floored(List<Double> values) {
        return values.stream().map(v -> Math.max(FAN_FLOOR, v)).toList();
    }

    /**
     * The projection: with a withdrawal plan, the plan on the median path (its year-end balance, what is withdrawn
     * and contributed each year, and the simulated median balance beside it); without one, the income schedule
     * (value at each year's end and income paid out, prices held constant). USD nominal.
     */
    public static ChartSpec projection(ScenarioResult r) {
        if (r.plan() != null) {
            List<PlanRow> years = r.plan().years();
            List<ChartSpec.Series> series = new ArrayList<>();
            series.add(ChartSpec.Series.of("Balance at year end (median path)", years.stream().map(PlanRow::endBalance).toList(), "base"));
            if (r.simulation() != null) {
                series.add(new ChartSpec.Series("Simulated median balance", r.simulation().percentiles().balance().p50(),
                        null, "low", null));
            }
            series.add(ChartSpec.onSecondAxis(ChartSpec.Series.of("Withdrawn in the year (right axis)",
                    years.stream().map(PlanRow::withdrawal).toList(), "high")));
            if (years.stream().anyMatch(y -> y.contribution() > 0)) {
                series.add(ChartSpec.onSecondAxis(ChartSpec.Series.of("Contributed in the year (right axis)",
                        years.stream().map(PlanRow::contribution).toList(), "add")));
            }
            return new ChartSpec("chart-projection", "line", "The plan on the median path", "usd", labels(years.size()), series);
        }
        List<ScheduleRow> years = r.schedule().yearTotals();
        return new ChartSpec("chart-projection", "line", "Projection (base yields, prices held constant)", "usd",
                labels(years.size()),
                List.of(ChartSpec.Series.of("Value at year end", years.stream().map(ScheduleRow::endValue).toList(), "base"),
                        ChartSpec.onSecondAxis(ChartSpec.Series.of("Paid out in the year (right axis)",
                                years.stream().map(ScheduleRow::paidOut).toList(), "high"))));
    }

    /**
     * For a plan that cannot run out: the income paid in each withdrawal year in today's dollars, its median and
     * 10th percentile across the paths, with the goal as a flat line; null otherwise.
     */
    public static ChartSpec realIncome(ScenarioResult r) {
        if (r.simulation() == null || r.simulation().measure() == null || r.simulation().measure().canDeplete()) {
            return null;
        }
        RealIncomeBands b = r.simulation().measure().realIncomePercentiles();
        List<ChartSpec.Series> series = new ArrayList<>();
        series.add(ChartSpec.Series.of("Median", b.p50(), "high"));
        series.add(ChartSpec.Series.of("10th percentile", b.p10(), "low"));
        Double goal = r.simulation().measure().goalAnnualIncome();
        if (goal != null) {
            series.add(ChartSpec.Series.of("Goal", b.years().stream().map(y -> goal).toList(), "goal"));
        }
        return new ChartSpec("chart-real-income", "line", "Income a year in today's dollars", "usd",
                b.years().stream().map(y -> "Year " + y).toList(), series);
    }

    private static List<String> labels(int years) {
        List<String> labels = new ArrayList<>();
        for (int y = 1; y <= years; y++) {
            labels.add("Year " + y);
        }
        return labels;
    }
}
