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
import org.yieldplan.web.store.UploadFacts;
import org.yieldplan.web.upload.WorkbookHoldingsImporter;

/**
 * One scenario ({@code /scenarios/{id}}).
 *
 * @param entry      the scenario
 * @param result     everything computed for it
 * @param upload     the upload its holdings came from, or null
 * @param workbook   true when the projection workbook can be downloaded
 * @param justSaved  a note to show once ("Saved."), or null
 * @param view       who looks: owner or reader, the share link to show, the page of positions
 */
public record ScenarioPage(ScenarioEntry entry, ScenarioResult result, UploadFacts upload, boolean workbook,
                           String justSaved, View view) {

    /** Positions (and import problems) a page shows at most. */
    public static final int POSITIONS_PAGE = 200;

    /**
     * How the page is seen.
     *
     * @param owner      true when the viewer owns the scenario (may edit, delete and share it)
     * @param shareQuery {@code ?share=...} when seen through a share link (carried to the downloads), else empty
     * @param shareLink  the full share link to show its owner, or null
     * @param offset     the first position shown
     */
    public record View(boolean owner, String shareQuery, String shareLink, int offset) {

        /** The owner's or a sample's plain view. */
        public static final View PLAIN = new View(false, "", null, 0);
    }

    /**
     * The link to set an asset's own figures, for its owner, when the scenario has an override for that asset alone
     * (an asset the catalog does not model gets one from an upload: its category's defaults); else null.
     */
    public String assetLink(String asset) {
        if (!view.owner() || entry.sample() || entry.scenario().overrides().stream()
                .noneMatch(o -> o.bucket() == null && o.asset() != null && o.asset().strip().equalsIgnoreCase(asset))) {
            return null;
        }
        return "/scenarios/" + entry.id() + "/assets/" + java.net.URLEncoder.encode(asset, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** For an import warning that an asset is not in the catalog: the link to set that asset's figures; else null. */
    public String assetLink(Problem p) {
        if (p.message() == null || !p.message().contains("is not in the catalog")) {
            return null;
        }
        return entry.scenario().overrides().stream()
                .filter(o -> o.bucket() == null && o.asset() != null && p.message().contains(o.asset() + " ("))
                .map(o -> assetLink(o.asset())).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The positions on this page. */
    public List<org.yieldplan.market.Position> positions() {
        List<org.yieldplan.market.Position> all = result.positions();
        int from = Math.min(view.offset(), all.size());
        return all.subList(from, Math.min(all.size(), from + POSITIONS_PAGE));
    }

    /** The first position shown, 1-based, and the last. */
    public String positionsShown() {
        int from = Math.min(view.offset(), result.positions().size());
        return (from + 1) + "-" + (from + positions().size()) + " of " + result.positions().size();
    }

    /** The link to the previous page of positions, or null. */
    public String previousPositions() {
        return view.offset() <= 0 ? null : pageLink(Math.max(0, view.offset() - POSITIONS_PAGE));
    }

    /** The link to the next page of positions, or null. */
    public String nextPositions() {
        int next = view.offset() + POSITIONS_PAGE;
        return next >= result.positions().size() ? null : pageLink(next);
    }

    private String pageLink(int offset) {
        String q = view.shareQuery().isEmpty() ? "?" : view.shareQuery() + "&";
        return "/scenarios/" + entry.id() + q + "positions=" + offset + "#positions";
    }

    /**
     * The flags listed on the page: the first {@link #POSITIONS_PAGE}, most severe first (the JSON API pages
     * through them all, and the workbook's Flags sheet has every one).
     */
    public List<org.yieldplan.sustainability.Flag> flagsShown() {
        List<org.yieldplan.sustainability.Flag> all = result.flags();
        return all.size() <= POSITIONS_PAGE ? all : all.subList(0, POSITIONS_PAGE);
    }

    /** The import's warnings shown on the page: the first {@link #POSITIONS_PAGE} (the JSON has them all). */
    public List<Problem> importProblemsShown() {
        List<Problem> all = importProblems();
        return all.size() <= POSITIONS_PAGE ? all : all.subList(0, POSITIONS_PAGE);
    }

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

    /** The fan chart's note: its log axis, and what is drawn at its floor (from the figures). */
    public String fanNote() {
        if (result.simulation() == null) {
            return null;
        }
        Bands b = result.simulation().percentiles().balance();
        boolean below = b.p5().stream().anyMatch(v -> v < ScenarioCharts.FAN_FLOOR);
        return "The axis is logarithmic: each step up multiplies the balance by ten"
                + (below ? "; paths below " + Fmt.usd(ScenarioCharts.FAN_FLOOR) + " (run out, or nearly) are drawn at the bottom"
                : "") + ". The table below has every percentile.";
    }

    /** The simulated median balance at the end of year y (1-based), or null without a simulation. */
    public Double simulatedMedian(int year) {
        return result.simulation() == null ? null : result.simulation().percentiles().balance().p50().get(year - 1);
    }

    /** The annual total rows of the schedule. */
    public List<ScheduleRow> years() {
        return result.schedule().yearTotals();
    }

    /** How many of the import's problems are notes on rows that were read (the rest are rows left out). */
    public long importNotes() {
        return importProblems().stream().filter(WorkbookHoldingsImporter::isNote).count();
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
