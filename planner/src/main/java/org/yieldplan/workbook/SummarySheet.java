package org.yieldplan.workbook;

import static org.yieldplan.workbook.AssumptionsSheet.name;
import static org.yieldplan.workbook.SheetWriter.abs;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.yieldplan.income.BucketIncome;
import org.yieldplan.income.IncomeSummary;
import org.yieldplan.market.YieldRange;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.sustainability.Severity;

/**
 * The Summary sheet: the scenario's name and date, then the headline figures (portfolio value,
 * blended APY, income a year and a month, low / base / high, expected losses, after-tax income,
 * the goal and the yield it requires) as formulas over the Assumptions names, a table of income
 * by bucket and a native bar chart of it.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final int FIGURES_ROW = 5;
    /** Rows of the headline figures (0-based). */
    static final int VALUE = FIGURES_ROW;
    static final int BLENDED = FIGURES_ROW + 1;
    static final int ANNUAL = FIGURES_ROW + 2;
    static final int MONTHLY = FIGURES_ROW + 3;
    static final int LOSS = FIGURES_ROW + 4;
    static final int NET = FIGURES_ROW + 5;
    static final int AFTER_TAX = FIGURES_ROW + 6;
    static final int REAL = FIGURES_ROW + 7;
    static final int GOAL = FIGURES_ROW + 8;
    static final int REQUIRED = FIGURES_ROW + 9;
    static final int GAP = FIGURES_ROW + 10;
    static final int SUSTAINABLE = FIGURES_ROW + 11;
    static final int SUCCESS = FIGURES_ROW + 12;
    static final int SAFE = FIGURES_ROW + 13;
    static final int FLAGS = FIGURES_ROW + 14;
    /** Header row of the by-bucket table; its rows follow. */
    static final int BUCKET_HEADER = FIGURES_ROW + 17;
    /** Columns of the low / base / high cases. */
    static final int LOW_COL = 1;

    /** Severities in the order of the Flags sheet's counts and the Summary's flag row. */
    static final Severity[] SEVERITIES = {Severity.CRITICAL, Severity.WARNING, Severity.INFO};

    private SummarySheet() {
    }

    static void write(SheetWriter w, ScenarioResult result, List<BucketFigures> buckets, LocalDate date) {
        WorkbookStyles st = w.styles;
        IncomeSummary s = result.income();
        w.text(0, 0, result.scenario().name(), st.title);
        if (result.scenario().description() != null) {
            w.text(1, 0, result.scenario().description(), st.note);
        }
        w.text(2, 0, "Prepared " + date + " by yieldplan. Base case: prices held constant; APYs, tax and "
                + "contributions are the inputs on the Assumptions sheet.", st.note);
        w.headers(FIGURES_ROW - 1, 0, "", "Low", "Base", "High");
        String value = abs(VALUE, LOW_COL + 1);
        label(w, VALUE, "Portfolio value");
        w.formula(VALUE, LOW_COL + 1, "SUM(" + AssumptionsSheet.START_VALUES + ")", s.portfolioValue(), st.usd);
        label(w, BLENDED, "Blended APY");
        String[] apys = {AssumptionsSheet.APY_LOWS, AssumptionsSheet.APY_BASES, AssumptionsSheet.APY_HIGHS};
        double[] blended = cases(s.blendedApy());
        for (int k = 0; k < 3; k++) {
            // Σ vᵢ·APYᵢ / Σ vᵢ
            w.formula(BLENDED, LOW_COL + k, "SUMPRODUCT(" + AssumptionsSheet.START_VALUES + "," + apys[k] + ")/" + value,
                    blended[k], st.percent);
        }
        range(w, ANNUAL, "Income a year", s.annualIncome(), k -> cell(BLENDED, k) + "*" + value, st.usd);
        range(w, MONTHLY, "Income a month", s.monthlyIncome(), k -> cell(ANNUAL, k) + "/12", st.usd);
        label(w, LOSS, "Expected losses (a year)");
        w.formula(LOSS, LOW_COL + 1, "SUMPRODUCT(" + AssumptionsSheet.START_VALUES + "," + AssumptionsSheet.LOSS_RATES
                + ")/" + value, s.expectedLossRate(), st.percent);
        range(w, NET, "APY after expected losses", s.netApy(), k -> cell(BLENDED, k) + "-" + abs(LOSS, LOW_COL + 1),
                st.percent);
        range(w, AFTER_TAX, "After-tax income a year", s.afterTaxAnnualIncome(),
                k -> cell(ANNUAL, k) + "*(1-" + AssumptionsSheet.TAX_RATE + ")", st.usd);
        label(w, REAL, "Real APY (after token inflation)");
        w.number(REAL, LOW_COL + 1, s.realApy(), st.percent);
        w.text(REAL, LOW_COL + 3, "from the catalog's token inflation per holding", st.note);
        goal(w, s, value);
        planFigures(w, result);
        BucketTable.write(w, s.buckets(), buckets, BUCKET_HEADER);
        int chartRow = BUCKET_HEADER + buckets.size() + 2;
        SummaryCharts.valueByYear((XSSFSheet) w.sheet, result.schedule().yearTotals(), chartRow + 21);
        w.widths(34, 16, 16, 16, 16, 16, 16, 16);
        w.sheet.createFreezePane(0, 3);
        w.print(1, 0, false);
    }

    private static void goal(SheetWriter w, IncomeSummary s, String value) {
        WorkbookStyles st = w.styles;
        label(w, GOAL, "Income goal (a year)");
        label(w, REQUIRED, "Required yield (goal / value)");
        label(w, GAP, "Base APY above the required yield");
        if (s.goalAnnualIncome() == null) {
            w.text(GOAL, LOW_COL + 1, "none set", st.note);
            return;
        }
        String required = abs(REQUIRED, LOW_COL + 1);
        w.formula(GOAL, LOW_COL + 1, AssumptionsSheet.GOAL, s.goalAnnualIncome(), st.usd);
        w.formula(REQUIRED, LOW_COL + 1, abs(GOAL, LOW_COL + 1) + "/" + value, s.requiredYield(), st.percent);
        w.formula(GAP, LOW_COL + 1, cell(BLENDED, 1) + "-" + required, s.blendedApy().base() - s.requiredYield(),
                st.percentSigned);
        w.text(GAP, LOW_COL + 3, "negative: the base case falls short of the goal", st.note);
    }

    /** Sustainable yield, the simulation's success and safe withdrawal, flag counts: when computed. */
    private static void planFigures(SheetWriter w, ScenarioResult result) {
        WorkbookStyles st = w.styles;
        label(w, SUSTAINABLE, "Sustainable APY (base)");
        if (result.sustainable() == null) {
            w.text(SUSTAINABLE, LOW_COL + 1, "not screened", st.note);
        } else {
            w.number(SUSTAINABLE, LOW_COL + 1, result.sustainable().sustainableApy(), st.percent);
            w.number(SUSTAINABLE, LOW_COL + 2, result.sustainable().sustainableAnnualIncome(), st.usd);
            w.text(SUSTAINABLE, LOW_COL + 3, "and income a year: the blended APY without the yields that will not last",
                    st.note);
        }
        label(w, SUCCESS, "Success probability (Monte Carlo)");
        label(w, SAFE, "Safe withdrawal (a year)");
        SimulationResult sim = result.simulation();
        if (sim == null) {
            String why = result.plan() == null ? "no withdrawal plan" : "not simulated";
            w.text(SUCCESS, LOW_COL + 1, why, st.note);
            w.text(SAFE, LOW_COL + 1, why, st.note);
        } else {
            w.number(SUCCESS, LOW_COL + 1, sim.successProbability(), st.percent);
            w.text(SUCCESS, LOW_COL + 3, sim.paths() + " paths; see the Withdrawals sheet", st.note);
            if (sim.safeWithdrawal() != null) {
                w.number(SAFE, LOW_COL + 1, sim.safeWithdrawal().annual(), st.usd);
                w.number(SAFE, LOW_COL + 2, sim.safeWithdrawal().rateOfStartBalance(), st.percent);
                w.text(SAFE, LOW_COL + 3, "a year, at " + Math.round(sim.safeWithdrawal().targetSuccess() * 100)
                        + " % success; the rate is of the median balance when withdrawals start ("
                        + Math.round(sim.safeWithdrawal().rateOfTodaysValue() * 1000) / 10.0 + " % of today's value)", st.note);
            } else {
                w.text(SAFE, LOW_COL + 1, "not searched", st.note);
            }
        }
        label(w, FLAGS, "Flags: critical, warning, info");
        if (result.sustainable() == null && result.flags().isEmpty()) {
            w.text(FLAGS, LOW_COL + 1, "not screened", st.note);
        } else {
            for (int k = 0; k < 3; k++) {
                Severity severity = SEVERITIES[k];
                long count = result.flags().stream().filter(f -> f.severity() == severity).count();
                // the Flags sheet's count of this severity
                w.formula(FLAGS, LOW_COL + k, SheetWriter.ref(FlagsSheet.NAME, FlagsSheet.COUNTS_ROW + k, 1), count,
                        k == 0 && count > 0 ? st.critical : st.count);
            }
            w.text(FLAGS, LOW_COL + 3, "see the Flags sheet", st.note);
        }
    }

    private static void label(SheetWriter w, int r, String text) {
        w.text(r, 0, text, w.styles.label);
    }

    private static void range(SheetWriter w, int r, String label, YieldRange values,
                              java.util.function.IntFunction<String> formula, XSSFCellStyle style) {
        label(w, r, label);
        double[] v = cases(values);
        for (int k = 0; k < 3; k++) {
            w.formula(r, LOW_COL + k, formula.apply(k), v[k], style);
        }
    }

    private static String cell(int r, int k) {
        return SheetWriter.ref(r, LOW_COL + k);
    }

    private static double[] cases(YieldRange r) {
        return new double[] {r.low(), r.base(), r.high()};
    }

    /** The income-by-bucket table and its chart. */
    static final class BucketTable {
        private BucketTable() {
        }

        static void write(SheetWriter w, List<BucketIncome> income, List<BucketFigures> buckets, int header) {
            WorkbookStyles st = w.styles;
            w.text(header - 1, 0, "Income by bucket", st.subtitle);
            w.headers(header, 0, "Bucket", "Weight", "Value", "APY base", "Income a year, low", "Income a year, base", "Income a year, high",
                    "Income a month (base)");
            for (int i = 0; i < buckets.size(); i++) {
                BucketFigures b = buckets.get(i);
                BucketIncome in = income.get(i);
                int r = header + 1 + i;
                String v = name(AssumptionsSheet.START_VALUE, b);
                w.text(r, 0, b.bucket().label(), st.label);
                w.formula(r, 1, name(AssumptionsSheet.WEIGHT, b), in.weight(), st.percent);
                w.formula(r, 2, v, in.valueUsd(), st.usd);
                w.formula(r, 3, name(AssumptionsSheet.APY_BASE, b), in.apy().base(), st.percent);
                // value × APY, each case
                w.formula(r, 4, v + "*" + name(AssumptionsSheet.APY_LOW, b), in.annualIncome().low(), st.usd);
                w.formula(r, 5, v + "*" + name(AssumptionsSheet.APY_BASE, b), in.annualIncome().base(), st.usd);
                w.formula(r, 6, v + "*" + name(AssumptionsSheet.APY_HIGH, b), in.annualIncome().high(), st.usd);
                w.formula(r, 7, SheetWriter.ref(r, 5) + "/12", in.monthlyIncome().base(), st.usd);
            }
            w.row(header).setHeightInPoints(30);
            int last = header + buckets.size();
            SummaryCharts.incomeByBucket((XSSFSheet) w.sheet, header + 1, last, last + 2);
        }
    }
}
