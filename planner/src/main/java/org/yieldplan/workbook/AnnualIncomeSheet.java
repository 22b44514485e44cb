package org.yieldplan.workbook;

import static org.yieldplan.workbook.IncomeSheet.END;
import static org.yieldplan.workbook.IncomeSheet.PAID;
import static org.yieldplan.workbook.IncomeSheet.START;
import static org.yieldplan.workbook.SheetWriter.ref;

import java.util.List;
import org.yieldplan.income.IncomeSchedule;
import org.yieldplan.income.ScheduleRow;

/**
 * The Income by year sheet: annual subtotals of the Income sheet, by formula. Flows sum the
 * year's months; start is the first month's, end the last month's (as the projector's annual
 * rows); then each bucket's paid out and end value.
 */
final class AnnualIncomeSheet {

    static final String NAME = "Income by year";
    static final int FIRST_ROW = 3;
    /** Columns: year, the eight total fields, paid out and end in today's dollars, then 2 per bucket. */
    static final int REAL_PAID_COL = 1 + IncomeSheet.FIELDS.size();

    private AnnualIncomeSheet() {
    }

    /** Column of bucket b's paid out; its end value is the next one. */
    static int bucketPaidCol(int b) {
        return REAL_PAID_COL + 2 + 2 * b;
    }

    static void write(SheetWriter w, IncomeSchedule schedule, List<BucketFigures> buckets) {
        WorkbookStyles st = w.styles;
        int n = buckets.size();
        w.text(0, 0, "Income, year by year (base case)", st.title);
        w.text(1, 0, "Sums of the Income sheet's months: flows add up, start is the year's first month, "
                + "end its last.", st.note);
        w.text(FIRST_ROW - 1, 0, "Year", st.header);
        for (int f = 0; f < IncomeSheet.FIELDS.size(); f++) {
            w.text(FIRST_ROW - 1, 1 + f, IncomeSheet.FIELDS.get(f), st.header);
        }
        w.headers(FIRST_ROW - 1, REAL_PAID_COL, "Paid out (today's $)", "End (today's $)");
        for (int b = 0; b < n; b++) {
            String label = buckets.get(b).bucket().label();
            w.headers(FIRST_ROW - 1, bucketPaidCol(b), "Paid out: " + label, "End: " + label);
        }
        w.row(FIRST_ROW - 1).setHeightInPoints(45);
        List<ScheduleRow> years = schedule.years();
        int months = schedule.months().size() / (n + 1);
        for (int y = 1; (y - 1) * 12 < months; y++) {
            int r = FIRST_ROW + y - 1;
            int first = IncomeSheet.row((y - 1) * 12 + 1);
            int last = IncomeSheet.row(Math.min(y * 12, months));
            ScheduleRow total = years.get((y - 1) * (n + 1) + n);
            w.number(r, 0, (double) y, st.count);
            double[] values = {total.startValue(), total.contribution(), total.grossIncome(), total.expectedLoss(),
                total.tax(), total.reinvested(), total.paidOut(), total.endValue()};
            for (int f = 0; f < values.length; f++) {
                w.formula(r, 1 + f, span(IncomeSheet.totalCol(n, f), f, first, last), values[f], st.usd);
            }
            int realPaid = IncomeSheet.realPaidCol(n);
            w.formula(r, REAL_PAID_COL, "SUM(" + income(first, realPaid) + ":" + ref(last, realPaid) + ")",
                    total.paidOutReal(), st.usd);
            w.formula(r, REAL_PAID_COL + 1, income(last, realPaid + 1), total.endValueReal(), st.usd);
            for (int b = 0; b < n; b++) {
                ScheduleRow v = years.get((y - 1) * (n + 1) + b);
                w.formula(r, bucketPaidCol(b), span(IncomeSheet.col(b, PAID), PAID, first, last), v.paidOut(), st.usd);
                w.formula(r, bucketPaidCol(b) + 1, span(IncomeSheet.col(b, END), END, first, last), v.endValue(), st.usd);
            }
        }
        w.sheet.createFreezePane(1, FIRST_ROW);
        w.print(1, FIRST_ROW);
        w.sheet.setColumnWidth(0, 6 * 256);
        for (int c = 1; c < bucketPaidCol(n); c++) {
            w.sheet.setColumnWidth(c, 14 * 256);
        }
    }

    /** The year's value of an Income column: the first month's start, the last month's end, or the sum of a flow. */
    private static String span(int col, int field, int first, int last) {
        if (field == START) {
            return income(first, col);
        }
        if (field == END) {
            return income(last, col);
        }
        return "SUM(" + income(first, col) + ":" + ref(last, col) + ")";
    }

    private static String income(int r, int c) {
        return SheetWriter.ref(IncomeSheet.NAME, r, c);
    }
}
