package org.yieldplan.web.pages;

import java.util.List;
import org.yieldplan.income.ScheduleRow;
import org.yieldplan.scenario.ScenarioResult;
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
