package org.yieldplan.workbook;

import static org.yieldplan.workbook.AssumptionsSheet.name;
import static org.yieldplan.workbook.SheetWriter.ref;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.yieldplan.income.IncomeSchedule;
import org.yieldplan.income.ScheduleRow;

/**
 * The Income sheet: the monthly schedule (base case) with live formulas over the Assumptions
 * names, reproducing {@link org.yieldplan.income.IncomeProjector#schedule} (see
 * {@link ScheduleRow} for the formulas and their timing). One row a month; per bucket eight
 * columns (start, contribution, gross income, expected loss, tax, reinvested, paid out, end),
 * then the same eight in total and two real columns (today's dollars). Every formula carries the
 * Java value as its cached result.
 */
final class IncomeSheet {

    static final String NAME = "Income";
    /** The per-bucket (and total) columns, in order. */
    static final List<String> FIELDS = List.of("Start", "Contribution", "Gross income", "Expected loss", "Tax",
            "Reinvested", "Paid out", "End");
    static final int START = 0;
    static final int CONTRIBUTION = 1;
    static final int GROSS = 2;
    static final int LOSS = 3;
    static final int TAX = 4;
    static final int REINVESTED = 5;
    static final int PAID = 6;
    static final int END = 7;
    /** Row of the first month (0-based). */
    static final int FIRST_ROW = 4;
    static final int MONTH_COL = 0;
    static final int YEAR_COL = 1;
    static final int CONTRIBUTION_COL = 2;
    private static final int FIRST_BUCKET_COL = 3;

    private IncomeSheet() {
    }

    /** Column of a field of bucket b (0-based bucket index). */
    static int col(int b, int field) {
        return FIRST_BUCKET_COL + b * FIELDS.size() + field;
    }

    /** Column of a field of the total block, for n buckets. */
    static int totalCol(int n, int field) {
        return col(n, field);
    }

    /** Column of the real paid out (today's dollars); the real end value is the next one. */
    static int realPaidCol(int n) {
        return col(n, 0) + FIELDS.size();
    }

    /** Row of month m (1-based). */
    static int row(int month) {
        return FIRST_ROW + month - 1;
    }

    static void write(SheetWriter w, IncomeSchedule schedule, List<BucketFigures> buckets) {
        WorkbookStyles st = w.styles;
        int n = buckets.size();
        w.text(0, 0, "Income, month by month (base case)", st.title);
        w.text(1, 0, "Live formulas over the Assumptions sheet: change an APY, the tax rate or a contribution "
                + "there and this schedule recalculates. Prices are held constant.", st.note);
        headers(w, buckets);
        List<ScheduleRow> rows = schedule.months();
        int months = rows.size() / (n + 1);
        for (int m = 1; m <= months; m++) {
            int r = row(m);
            ScheduleRow total = rows.get((m - 1) * (n + 1) + n);
            w.number(r, MONTH_COL, (double) m, st.count);
            w.number(r, YEAR_COL, (double) ((m - 1) / 12 + 1), st.count);
            // contribution at the start of month m: the amount, while m ≤ years × 12, every month or in month 1 of a year
            w.formula(r, CONTRIBUTION_COL, "IF(AND(" + ref(r, 0) + "<=" + AssumptionsSheet.CONTRIBUTION_YEARS
                    + "*12,OR(" + AssumptionsSheet.CONTRIBUTION_FREQUENCY + "=\"monthly\",MOD(" + ref(r, 0)
                    + "-1,12)=0))," + AssumptionsSheet.CONTRIBUTION_AMOUNT + ",0)", total.contribution(), st.usd);
            for (int b = 0; b < n; b++) {
                bucketCells(w, r, m, b, buckets.get(b), rows.get((m - 1) * (n + 1) + b));
            }
            totalCells(w, r, n, total);
        }
        w.sheet.createFreezePane(2, FIRST_ROW);
        w.print(Math.max(1, (realPaidCol(n) + 2) / 20), FIRST_ROW);
        w.sheet.setColumnWidth(MONTH_COL, 8 * 256);
        w.sheet.setColumnWidth(YEAR_COL, 6 * 256);
        for (int c = CONTRIBUTION_COL; c <= realPaidCol(n) + 1; c++) {
            w.sheet.setColumnWidth(c, 13 * 256);
        }
    }

    private static void headers(SheetWriter w, List<BucketFigures> buckets) {
        int n = buckets.size();
        w.headers(FIRST_ROW - 1, 0, "Month", "Year", "Contribution");
        for (int b = 0; b <= n; b++) {
            String group = b < n ? buckets.get(b).bucket().label() : "Total";
            w.text(FIRST_ROW - 2, col(b, 0), group, w.styles.groupHeader);
            for (int f = 1; f < FIELDS.size(); f++) {
                w.text(FIRST_ROW - 2, col(b, f), null, w.styles.groupHeader);
            }
            w.sheet.addMergedRegion(new CellRangeAddress(FIRST_ROW - 2, FIRST_ROW - 2, col(b, 0), col(b, FIELDS.size() - 1)));
            for (int f = 0; f < FIELDS.size(); f++) {
                w.text(FIRST_ROW - 1, col(b, f), FIELDS.get(f), w.styles.header);
            }
        }
        w.text(FIRST_ROW - 2, realPaidCol(n), "Today's dollars", w.styles.groupHeader);
        w.text(FIRST_ROW - 2, realPaidCol(n) + 1, null, w.styles.groupHeader);
        w.sheet.addMergedRegion(new CellRangeAddress(FIRST_ROW - 2, FIRST_ROW - 2, realPaidCol(n), realPaidCol(n) + 1));
        w.text(FIRST_ROW - 1, realPaidCol(n), "Paid out", w.styles.header);
        w.text(FIRST_ROW - 1, realPaidCol(n) + 1, "End", w.styles.header);
        w.row(FIRST_ROW - 1).setHeightInPoints(30);
    }

    private static void bucketCells(SheetWriter w, int r, int m, int b, BucketFigures fig, ScheduleRow v) {
        WorkbookStyles st = w.styles;
        String start = ref(r, col(b, START));
        String added = ref(r, col(b, CONTRIBUTION));
        String gross = ref(r, col(b, GROSS));
        String tax = ref(r, col(b, TAX));
        String reinvested = ref(r, col(b, REINVESTED));
        String loss = ref(r, col(b, LOSS));
        w.formula(r, col(b, START), m == 1 ? name(AssumptionsSheet.START_VALUE, fig) : ref(r - 1, col(b, END)),
                v.startValue(), st.usd);
        // contribution × the bucket's start weight
        w.formula(r, col(b, CONTRIBUTION), ref(r, CONTRIBUTION_COL) + "*" + name(AssumptionsSheet.WEIGHT, fig),
                v.contribution(), st.usd);
        // (start + contribution) × APY / 12
        w.formula(r, col(b, GROSS), "(" + start + "+" + added + ")*" + name(AssumptionsSheet.APY_BASE, fig) + "/12",
                v.grossIncome(), st.usd);
        // (start + contribution) × p × LGD / 12
        w.formula(r, col(b, LOSS), "(" + start + "+" + added + ")*" + name(AssumptionsSheet.LOSS_RATE, fig) + "/12",
                v.expectedLoss(), st.usd);
        w.formula(r, col(b, TAX), gross + "*" + AssumptionsSheet.TAX_RATE, v.tax(), st.usd);
        w.formula(r, col(b, REINVESTED), "(" + gross + "-" + tax + ")*" + AssumptionsSheet.REINVESTED_SHARE,
                v.reinvested(), st.usd);
        w.formula(r, col(b, PAID), gross + "-" + tax + "-" + reinvested, v.paidOut(), st.usd);
        w.formula(r, col(b, END), start + "+" + added + "+" + reinvested + "-" + loss, v.endValue(), st.usd);
    }

    private static void totalCells(SheetWriter w, int r, int n, ScheduleRow total) {
        double[] values = {total.startValue(), total.contribution(), total.grossIncome(), total.expectedLoss(),
            total.tax(), total.reinvested(), total.paidOut(), total.endValue()};
        for (int f = 0; f < FIELDS.size(); f++) {
            StringBuilder sum = new StringBuilder();
            for (int b = 0; b < n; b++) {
                sum.append(b == 0 ? "" : "+").append(ref(r, col(b, f)));
            }
            w.formula(r, totalCol(n, f), sum.toString(), values[f], w.styles.usdTotal);
        }
        // today's dollars: nominal / (1 + inflation)^(month/12)
        String deflator = "(1+" + AssumptionsSheet.INFLATION + ")^(" + ref(r, MONTH_COL) + "/12)";
        w.formula(r, realPaidCol(n), ref(r, totalCol(n, PAID)) + "/" + deflator, total.paidOutReal(), w.styles.usd);
        w.formula(r, realPaidCol(n) + 1, ref(r, totalCol(n, END)) + "/" + deflator, total.endValueReal(), w.styles.usd);
    }
}
