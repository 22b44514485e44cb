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
import org.yieldplan.scenario.Verdict;
import org.yieldplan.scenario.Verdicts;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.sustainability.Severity;

/**
 * The Summary sheet: the scenario's name and date; the headline figures (portfolio value, blended APY, income a year
 * and a month before and after tax, expected losses, the goal and the yield it requires) as formulas over the
 * Assumptions names, each under its Low / Base / High header (a single figure under Base); then, under their own
 * "Value" header, the sustainable yield, the plan's measure, safe withdrawal and depletion year and the flag counts;
 * the plan's verdict in words (the same as the site's and the CLI's); a table of income by bucket with a native bar
 * chart, and the balance by year (the plan on the median path, or the income schedule without a plan). Prints on
 * one page.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final int FIGURES_ROW = 5;
    /** Rows of the headline figures (0-based), under the Low / Base / High header. */
    static final int VALUE = FIGURES_ROW;
    static final int BLENDED = FIGURES_ROW + 1;
    static final int ANNUAL = FIGURES_ROW + 2;
    static final int MONTHLY = FIGURES_ROW + 3;
    static final int LOSS = FIGURES_ROW + 4;
    static final int NET = FIGURES_ROW + 5;
    static final int AFTER_TAX = FIGURES_ROW + 6;
    static final int AFTER_TAX_MONTHLY = FIGURES_ROW + 7;
    static final int REAL = FIGURES_ROW + 8;
    static final int GOAL = FIGURES_ROW + 9;
    static final int REQUIRED = FIGURES_ROW + 10;
    static final int GAP = FIGURES_ROW + 11;
    /** Header row of the second block (one value a row, under "Value"); its rows follow. */
    static final int PLAN_HEADER = GAP + 3;
    static final int SUSTAINABLE = PLAN_HEADER + 1;
    static final int SUSTAINABLE_INCOME = PLAN_HEADER + 2;
    static final int MEASURE = PLAN_HEADER + 3;
    static final int SAFE = PLAN_HEADER + 4;
    static final int SAFE_RATE = PLAN_HEADER + 5;
    static final int DEPLETION = PLAN_HEADER + 6;
    /** First of three rows of flag counts: critical, warning, info. */
    static final int FLAGS = PLAN_HEADER + 7;
    /** First row of the plan's verdict sentences (one a row). */
    static final int VERDICT = FLAGS + 4;
    /** Rows kept for the verdict's sentences. */
    static final int VERDICT_ROWS = 6;
    /** Header row of the by-bucket table; its rows follow. */
    static final int BUCKET_HEADER = VERDICT + VERDICT_ROWS + 2;
    /** Columns of the low / base / high cases; a single figure sits under Base. */
    static final int LOW_COL = 1;
    /** The column of the notes beside the figures. */
    static final int NOTE_COL = LOW_COL + 3;

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
        w.text(2, 0, "Prepared " + date + " by yieldplan. Income figures: today's values and the APYs, tax and "
                + "contributions on the Assumptions sheet" + (result.plan() == null ? "." : "; the plan: "
                + Verdicts.MEDIAN_PATH + ", on the Withdrawals sheet."), st.note);
        w.headers(FIGURES_ROW - 1, 0, "", "Low", "Base", "High", "Notes");
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
        range(w, ANNUAL, "Income a year (before tax)", s.annualIncome(), k -> cell(BLENDED, k) + "*" + value, st.usd);
        range(w, MONTHLY, "Income a month (before tax)", s.monthlyIncome(), k -> cell(ANNUAL, k) + "/12", st.usd);
        label(w, LOSS, "Expected losses (a year)");
        w.formula(LOSS, LOW_COL + 1, "SUMPRODUCT(" + AssumptionsSheet.START_VALUES + "," + AssumptionsSheet.LOSS_RATES
                + ")/" + value, s.expectedLossRate(), st.percent);
        range(w, NET, "APY after expected losses", s.netApy(), k -> cell(BLENDED, k) + "-" + abs(LOSS, LOW_COL + 1),
                st.percent);
        range(w, AFTER_TAX, "Income a year after tax", s.afterTaxAnnualIncome(),
                k -> cell(ANNUAL, k) + "*(1-" + AssumptionsSheet.TAX_RATE + ")", st.usd);
        YieldRange afterTax = s.afterTaxAnnualIncome();
        range(w, AFTER_TAX_MONTHLY, "Income a month after tax",
                new YieldRange(afterTax.low() / 12, afterTax.base() / 12, afterTax.high() / 12),
                k -> cell(AFTER_TAX, k) + "/12", st.usd);
        label(w, REAL, "Real APY (after token inflation)");
        w.number(REAL, LOW_COL + 1, s.realApy(), st.percent);
        w.text(REAL, NOTE_COL, "from the catalog's token inflation per holding", st.note);
        goal(w, s, value);
        planFigures(w, result);
        BucketTable.write(w, s.buckets(), buckets, BUCKET_HEADER);
        int chartRow = BUCKET_HEADER + buckets.size() + 2;
        if (result.plan() != null) {
            SummaryCharts.planByYear((XSSFSheet) w.sheet, result.plan().years(), chartRow + 21);
        } else {
            SummaryCharts.valueByYear((XSSFSheet) w.sheet, result.schedule().yearTotals(), chartRow + 21);
        }
        w.widths(34, 16, 16, 16, 16, 16, 16, 16);
        w.sheet.createFreezePane(0, 3);
        w.printOnOnePage(false);
    }

    private static void goal(SheetWriter w, IncomeSummary s, String value) {
        WorkbookStyles st = w.styles;
        label(w, GOAL, "Income goal (a year)");
        label(w, REQUIRED, "Required yield (goal / value)");
        label(w, GAP, "APY after losses above the required yield");
        if (s.goalAnnualIncome() == null) {
            w.text(GOAL, NOTE_COL, "none set", st.note);
            return;
        }
        String required = abs(REQUIRED, LOW_COL + 1);
        w.formula(GOAL, LOW_COL + 1, AssumptionsSheet.GOAL, s.goalAnnualIncome(), st.usd);
        w.formula(REQUIRED, LOW_COL + 1, abs(GOAL, LOW_COL + 1) + "/" + value, s.requiredYield(), st.percent);
        w.formula(GAP, LOW_COL + 1, cell(NET, 1) + "-" + required, s.netApy().base() - s.requiredYield(),
                st.percentSigned);
        w.text(GAP, NOTE_COL, "negative: the APY after expected losses falls short of the goal", st.note);
    }

    /** Sustainable yield, the plan's measure, safe withdrawal and depletion, flag counts, the verdict: when computed. */
    private static void planFigures(SheetWriter w, ScenarioResult result) {
        WorkbookStyles st = w.styles;
        w.text(PLAN_HEADER - 1, 0, "The plan and the flags", st.subtitle);
        w.headers(PLAN_HEADER, 0, "", "Value", "", "", "Notes");
        label(w, SUSTAINABLE, "Sustainable APY (base)");
        label(w, SUSTAINABLE_INCOME, "Sustainable income a year");
        if (result.sustainable() == null) {
            w.text(SUSTAINABLE, NOTE_COL, "not screened", st.note);
        } else {
            w.number(SUSTAINABLE, LOW_COL, result.sustainable().sustainableApy(), st.percent);
            w.number(SUSTAINABLE_INCOME, LOW_COL, result.sustainable().sustainableAnnualIncome(), st.usd);
            w.text(SUSTAINABLE, NOTE_COL, "the blended APY without the yields that will not last", st.note);
        }
        Verdict verdict = Verdicts.plan(result);
        SimulationResult sim = result.simulation();
        label(w, MEASURE, verdict == null ? "Success probability (Monte Carlo)" : verdict.measure());
        label(w, SAFE, "Safe withdrawal (a year)");
        label(w, SAFE_RATE, "Safe withdrawal rate");
        label(w, DEPLETION, "Median path runs out in year");
        if (sim == null || verdict == null) {
            String why = result.plan() == null ? "no withdrawal plan" : "not simulated";
            w.text(MEASURE, NOTE_COL, why, st.note);
        } else {
            if (verdict.value() != null) {
                w.number(MEASURE, LOW_COL, verdict.value(), verdict.tone() == Verdict.Tone.MET ? st.percentMet : st.percentShort);
            }
            w.text(MEASURE, NOTE_COL, "target " + Math.round(verdict.target() * 1000) / 10.0 + " %, " + sim.paths()
                    + " paths; see the Withdrawals sheet", st.note);
            if (sim.safeWithdrawal() != null) {
                w.number(SAFE, LOW_COL, sim.safeWithdrawal().annual(), st.usd);
                w.number(SAFE_RATE, LOW_COL, sim.safeWithdrawal().rateOfStartBalance(), st.percent);
                w.text(SAFE, NOTE_COL, "the largest starting withdrawal that " + Math.round(sim.safeWithdrawal()
                        .targetSuccess() * 100) + " % of the paths pay in full", st.note);
                w.text(SAFE_RATE, NOTE_COL, "of the balance when withdrawals start (median path); "
                        + Math.round(sim.safeWithdrawal().rateOfTodaysValue() * 1000) / 10.0 + " % of today's value", st.note);
            } else {
                w.text(SAFE, NOTE_COL, "a plan that cannot run out: measured by its income instead", st.note);
            }
        }
        if (result.plan() != null) {
            if (result.plan().depletionYear() != null) {
                w.number(DEPLETION, LOW_COL, result.plan().depletionYear().doubleValue(), st.count);
            } else {
                w.text(DEPLETION, NOTE_COL, "never: every withdrawal is paid on the median path", st.note);
            }
        }
        String[] severities = {"Flags: critical", "Flags: warning", "Flags: info"};
        for (int k = 0; k < 3; k++) {
            label(w, FLAGS + k, severities[k]);
            if (result.sustainable() == null && result.flags().isEmpty()) {
                w.text(FLAGS + k, NOTE_COL, "not screened", st.note);
                continue;
            }
            Severity severity = SEVERITIES[k];
            long count = result.flags().stream().filter(f -> f.severity() == severity).count();
            // the Flags sheet's count of this severity
            w.formula(FLAGS + k, LOW_COL, SheetWriter.ref(FlagsSheet.NAME, FlagsSheet.COUNTS_ROW + k, 1), count,
                    k == 0 && count > 0 ? st.critical : st.count);
        }
        if (verdict != null) {
            List<String> lines = new java.util.ArrayList<>();
            lines.add(verdict.headline());
            lines.addAll(verdict.sentences());
            String goal = Verdicts.goal(result);
            if (goal != null) {
                lines.add(goal);
            }
            w.text(VERDICT - 1, 0, "What the figures say", st.subtitle);
            for (int i = 0; i < Math.min(VERDICT_ROWS, lines.size()); i++) {
                w.text(VERDICT + i, 0, lines.get(i), st.note);
            }
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
