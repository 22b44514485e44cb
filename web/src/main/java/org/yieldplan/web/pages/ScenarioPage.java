package org.yieldplan.web.pages;

import java.util.List;
import org.yieldplan.income.ScheduleRow;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.Verdict;
import org.yieldplan.scenario.Verdicts;
import org.yieldplan.simulation.Bands;
import org.yieldplan.web.Problem;
import org.yieldplan.web.chart.ChartSpec;
import org.yieldplan.web.chart.ScenarioCharts;
import org.yieldplan.web.library.ScenarioEntry;
import org.yieldplan.web.store.StoredUpload;

/**
 * One scenario ({@code /scenarios/{id}}).
 *
 * @param entry      the scenario
 * @param result     everything computed for it
 * @param upload     the upload its holdings came from, or null
 * @param workbook   true when the projection workbook can be downloaded
 * @param justSaved  a note to show once ("Saved."), or null
 */
public record ScenarioPage(ScenarioEntry entry, ScenarioResult result, StoredUpload upload, boolean workbook,
                           String justSaved) {

    /** The allocation chart. */
    public ChartSpec allocationChart() {
        return ScenarioCharts.allocation(result);
    }

    /** The income-by-bucket chart. */
    public ChartSpec incomeChart() {
        return ScenarioCharts.incomeByBucket(result);
    }

    /** The projection chart. */
    public ChartSpec projectionChart() {
        return ScenarioCharts.projection(result);
    }

    /** The drift chart, or null when the scenario has no rebalance plan (holdings without a template). */
    public ChartSpec driftChart() {
        return ScenarioCharts.drift(result);
    }

    /** The simulation's fan chart, or null without a withdrawal plan. */
    public ChartSpec fanChart() {
        return ScenarioCharts.fan(result);
    }

    /** The real-income chart of a plan that cannot run out, else null. */
    public ChartSpec realIncomeChart() {
        return ScenarioCharts.realIncome(result);
    }

    /** The plan's verdict (its measure and the sentences built from its figures), or null without a simulated plan. */
    public Verdict verdict() {
        return Verdicts.plan(result);
    }

    /** The income goal against the APY after expected losses, or null without a goal. */
    public String goalText() {
        return Verdicts.goal(result);
    }

    /** "met" when the APY after expected losses covers the goal, "short" when not, "" without a goal. */
    public String goalTone() {
        Boolean covered = Verdicts.goalCovered(result);
        return covered == null ? "" : covered ? "met" : "short";
    }

    /** The fan chart's note: where its axis stops and how high the best paths go (from the figures). */
    public String fanNote() {
        if (result.simulation() == null) {
            return null;
        }
        Bands b = result.simulation().percentiles().balance();
        double top = ScenarioCharts.fanTop(b);
        double highest = ScenarioCharts.highest(b);
        return highest > top * 1.0001
                ? "The axis stops at " + Fmt.usd(top) + " (three times the highest median) so that the middle of the fan stays"
                        + " readable; the best 5 % of paths reach " + Fmt.usd(highest) + ". The table below has every percentile."
                : "The table below has every percentile.";
    }

    /** The simulated median balance at the end of year y (1-based), or null without a simulation. */
    public Double simulatedMedian(int year) {
        return result.simulation() == null ? null : result.simulation().percentiles().balance().p50().get(year - 1);
    }

    /** The annual total rows of the schedule. */
    public List<ScheduleRow> years() {
        return result.schedule().yearTotals();
    }

    /** The import's warnings, empty when the scenario was not uploaded. */
    public List<Problem> importProblems() {
        return upload == null ? List.of() : upload.problems();
    }

    /** The page title. */
    public String title() {
        return entry.scenario().name();
    }
}
