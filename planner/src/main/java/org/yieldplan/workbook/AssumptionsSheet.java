package org.yieldplan.workbook;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.yieldplan.income.Contributions;
import org.yieldplan.market.Position;
import org.yieldplan.scenario.Scenario;

/**
 * The Assumptions sheet: every input of the model as a named, yellow input cell. The plan inputs
 * (tax, reinvested share, inflation, contributions, goal) and, per bucket, the start value, APY
 * low / base / high, reward share, failure probability and loss given failure. The Income,
 * Income by year and Summary sheets refer to these names, so changing one recalculates them.
 * Below, for reference, the per-holding figures the bucket rows average.
 */
final class AssumptionsSheet {

    static final String NAME = "Assumptions";
    static final String TAX_RATE = "Tax_Rate";
    static final String REINVESTED_SHARE = "Reinvested_Share";
    static final String INFLATION = "Inflation";
    static final String CONTRIBUTION_AMOUNT = "Contribution_Amount";
    static final String CONTRIBUTION_FREQUENCY = "Contribution_Frequency";
    static final String CONTRIBUTION_YEARS = "Contribution_Years";
    static final String GOAL = "Goal_Annual_Income";
    /** Column names over the bucket table, for SUMPRODUCT on the Summary. */
    static final String START_VALUES = "Bucket_Start_Values";
    static final String APY_LOWS = "Bucket_APY_Low";
    static final String APY_BASES = "Bucket_APY_Base";
    static final String APY_HIGHS = "Bucket_APY_High";
    static final String LOSS_RATES = "Bucket_Loss_Rate";

    /** Per-bucket name prefixes; a name is prefix + "_" + the bucket's suffix, e.g. {@code APY_Base_Staking}. */
    static final String START_VALUE = "Start_Value";
    static final String WEIGHT = "Weight";
    static final String APY_LOW = "APY_Low";
    static final String APY_BASE = "APY_Base";
    static final String APY_HIGH = "APY_High";
    static final String REWARD_SHARE = "Reward_Share";
    static final String FAILURE_PROBABILITY = "Failure_Probability";
    static final String LOSS_GIVEN_FAILURE = "Loss_Given_Failure";
    static final String LOSS_RATE = "Loss_Rate";

    /** First row of the bucket table (0-based). */
    static final int BUCKET_ROW = 15;

    private AssumptionsSheet() {
    }

    /** The name of one bucket's input, e.g. {@code name(APY_BASE, staking) = "APY_Base_Staking"}. */
    static String name(String prefix, BucketFigures b) {
        return prefix + "_" + b.nameSuffix();
    }

    /**
     * The named inputs and the headers of the per-holding table (built in memory, first: the Summary's
     * chart evaluates formulas over these names); {@link #holdingRows} adds the table's rows.
     */
    static void write(SheetWriter w, Scenario s, List<BucketFigures> buckets) {
        WorkbookStyles st = w.styles;
        w.text(0, 0, "Assumptions", st.title);
        w.text(1, 0, "Yellow cells are inputs: change one and the Income, Income by year and Summary sheets "
                + "recalculate. Column C gives each input's name, usable in your own formulas.", st.note);
        w.headers(3, 0, "Input", "Value", "Name", "Meaning");
        planInputs(w, s);
        bucketInputs(w, buckets);
        holdingHeaders(w, holdingsRow(buckets.size()));
        w.widths(26, 16, 22, 12, 12, 12, 12, 14, 12, 14, 12, 30);
        w.sheet.createFreezePane(0, 4);
        w.print(1, 0);
    }

    /** The plan's inputs, rows 5 to 12: tax, reinvested share, inflation, contributions, goal, horizon. */
    private static void planInputs(SheetWriter w, Scenario s) {
        WorkbookStyles st = w.styles;
        Contributions c = s.contributions();
        plan(w, 4, "Tax rate", s.taxRate(), st.percentInput, TAX_RATE, "share of gross yield income paid as tax");
        plan(w, 5, "Reinvested share", s.reinvestedShare(), st.percentInput, REINVESTED_SHARE,
                "share of after-tax income added back to the bucket; the rest is paid out");
        plan(w, 6, "Inflation", s.inflation(), st.percentInput, INFLATION,
                "consumer prices, a year: real figures divide by (1 + inflation)^(month/12)");
        plan(w, 7, "Contribution (USD)", c.amountUsd(), st.usdInput, CONTRIBUTION_AMOUNT,
                "added at the start of a month, split by the buckets' start weights");
        w.text(8, 0, "Contribution frequency", st.label);
        w.text(8, 1, c.frequency().name().toLowerCase(Locale.ROOT), st.textInput);
        w.name(CONTRIBUTION_FREQUENCY, 8, 1);
        w.text(8, 2, CONTRIBUTION_FREQUENCY, null);
        w.text(8, 3, "monthly, or annual (in the first month of each year)", st.note);
        frequencyList(w, 8, 1);
        plan(w, 9, "Contribution years", (double) c.years(), st.countInput, CONTRIBUTION_YEARS,
                "contributions stop after this many years");
        plan(w, 10, "Income goal (USD a year)", s.goalAnnualIncome(), st.usdInput, GOAL,
                "the income wanted; blank for none");
        w.text(11, 0, "Horizon (years)", st.label);
        w.number(11, 1, (double) s.horizonYears(), st.count);
        w.text(11, 3, "fixed: the Income sheet has one row per month of this horizon", st.note);
    }

    /** The bucket table and its column names. */
    private static void bucketInputs(SheetWriter w, List<BucketFigures> buckets) {
        WorkbookStyles st = w.styles;
        w.text(BUCKET_ROW - 2, 0, "By bucket", st.subtitle);
        w.headers(BUCKET_ROW - 1, 0, "Bucket", "Start value (USD)", "Start weight", "APY low", "APY base", "APY high",
                "Reward share", "Failure probability (a year)", "Loss given failure", "Expected loss rate (a year)");
        w.row(BUCKET_ROW - 1).setHeightInPoints(42);
        double total = 0;
        for (BucketFigures b : buckets) {
            total += b.valueUsd();                     // summed in bucket order, as the projector does
        }
        for (int i = 0; i < buckets.size(); i++) {
            bucketRow(w, BUCKET_ROW + i, buckets.get(i), buckets.size(), total);
        }
        int last = BUCKET_ROW + buckets.size() - 1;
        w.nameRange(START_VALUES, BUCKET_ROW, 1, last, 1);
        w.nameRange(APY_LOWS, BUCKET_ROW, 3, last, 3);
        w.nameRange(APY_BASES, BUCKET_ROW, 4, last, 4);
        w.nameRange(APY_HIGHS, BUCKET_ROW, 5, last, 5);
        w.nameRange(LOSS_RATES, BUCKET_ROW, 9, last, 9);
        w.text(last + 1, 0, "APY base drives the monthly schedule; low and high give the Summary's range. "
                + "Expected loss rate = failure probability × loss given failure.", st.note);
    }

    private static void plan(SheetWriter w, int r, String label, Double value, XSSFCellStyle style,
                             String name, String meaning) {
        w.text(r, 0, label, w.styles.label);
        w.number(r, 1, value, style);
        w.name(name, r, 1);
        w.text(r, 2, name, null);
        w.text(r, 3, meaning, w.styles.note);
    }

    private static void bucketRow(SheetWriter w, int r, BucketFigures b, int count, double total) {
        WorkbookStyles st = w.styles;
        w.text(r, 0, b.bucket().label(), st.label);
        w.number(r, 1, b.valueUsd(), st.usdInput);
        w.name(name(START_VALUE, b), r, 1);
        int last = BUCKET_ROW + count - 1;
        String values = SheetWriter.abs(BUCKET_ROW, 1) + ":" + SheetWriter.abs(last, 1);
        // start weight = bucket value / Σ bucket values
        w.formula(r, 2, SheetWriter.ref(r, 1) + "/SUM(" + values + ")", b.valueUsd() / total, st.percent);
        w.name(name(WEIGHT, b), r, 2);
        input(w, r, 3, b.apyLow(), name(APY_LOW, b));
        input(w, r, 4, b.apyBase(), name(APY_BASE, b));
        input(w, r, 5, b.apyHigh(), name(APY_HIGH, b));
        input(w, r, 6, b.rewardShare(), name(REWARD_SHARE, b));
        input(w, r, 7, b.failureProbability(), name(FAILURE_PROBABILITY, b));
        input(w, r, 8, b.lossGivenFailure(), name(LOSS_GIVEN_FAILURE, b));
        w.formula(r, 9, SheetWriter.ref(r, 7) + "*" + SheetWriter.ref(r, 8), b.lossRate(), st.percent);
        w.name(name(LOSS_RATE, b), r, 9);
    }

    private static void input(SheetWriter w, int r, int c, double value, String name) {
        w.number(r, c, value, w.styles.percentInput);
        w.name(name, r, c);
    }

    private static void frequencyList(SheetWriter w, int r, int c) {
        DataValidationHelper h = w.sheet.getDataValidationHelper();
        DataValidation v = h.createValidation(h.createExplicitListConstraint(new String[] {"monthly", "annual"}),
                new CellRangeAddressList(r, r, c, c));
        v.setShowErrorBox(true);
        v.createErrorBox("Contribution frequency", "Type monthly or annual.");
        w.sheet.addValidationData(v);
    }

    /** The row of the per-holding table's headers, below the bucket table. */
    private static int holdingsRow(int buckets) {
        return BUCKET_ROW + buckets + 3;
    }

    /** The headers of the per-holding figures behind the bucket rows, for reference (not linked). */
    private static void holdingHeaders(SheetWriter w, int r) {
        WorkbookStyles st = w.styles;
        w.text(r - 1, 0, "By holding (for reference: the bucket rows above are their value-weighted averages)",
                st.subtitle);
        w.headers(r, 0, "Asset", "Value (USD)", "Bucket", "APY low", "APY base", "APY high", "Reward share",
                "Failure probability (a year)", "Loss given failure", "Token inflation (a year)", "Lock-up days",
                "APY source");
        w.row(r).setHeightInPoints(42);
    }

    /** The per-holding figures, one row each, below their headers (the sheet may be streamed: top to bottom). */
    static void holdingRows(SheetWriter w, int buckets, List<Position> positions) {
        WorkbookStyles st = w.styles;
        int r = holdingsRow(buckets);
        for (int i = 0; i < positions.size(); i++) {
            Position p = positions.get(i);
            int row = r + 1 + i;
            w.userText(row, 0, p.holding().asset());
            w.number(row, 1, p.value(), st.usd);
            w.text(row, 2, p.bucket().label(), null);
            w.number(row, 3, p.apy().low(), st.percent);
            w.number(row, 4, p.apy().base(), st.percent);
            w.number(row, 5, p.apy().high(), st.percent);
            w.number(row, 6, p.rewardShare(), st.percent);
            w.number(row, 7, p.failureProbability(), st.percent);
            w.number(row, 8, p.lossGivenFailure(), st.percent);
            w.number(row, 9, p.tokenInflation(), st.percent);
            w.number(row, 10, (double) p.lockupDays(), st.count);
            w.userText(row, 11, p.apySource());
        }
    }
}
