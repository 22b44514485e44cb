package org.yieldplan.workbook;

import static org.yieldplan.workbook.SheetWriter.abs;
import static org.yieldplan.workbook.SheetWriter.ref;

import java.util.List;
import java.util.Locale;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.rebalance.DriftRow;
import org.yieldplan.rebalance.RebalancePlan;
import org.yieldplan.rebalance.Targets;
import org.yieldplan.rebalance.Trade;

/**
 * The Rebalance sheet (when the scenario has holdings and a template): the drift report, with
 * weight and drift as formulas over the values (change a value or a target and they follow), then
 * the planner's trades with their costs. Asset keys are user text: string cells.
 */
final class RebalanceSheet {

    static final String NAME = "Rebalance";
    /** Header row of the drift table; its rows follow. */
    static final int DRIFT_HEADER = 3;
    static final int VALUE_COL = 1;
    static final int WEIGHT_COL = 2;
    static final int TARGET_COL = 3;
    static final int DRIFT_COL = 6;
    static final int RELATIVE_COL = 7;
    static final int STATUS_COL = 8;

    private RebalanceSheet() {
    }

    static void write(SheetWriter w, RebalancePlan plan) {
        WorkbookStyles st = w.styles;
        boolean buckets = plan.level() == Targets.Level.BUCKET;
        w.text(0, 0, "Rebalance: drift and trades", st.title);
        w.text(1, 0, "Drift from the template's target weights, by " + (buckets ? "bucket" : "asset")
                + ". Weight, drift and status are formulas: change a value or a target and they follow. "
                + "Trades are the planner's (band rule), with estimated costs.", st.note);
        w.headers(DRIFT_HEADER, 0, buckets ? "Bucket" : "Asset", "Value (USD)", "Weight", "Target", "Band min",
                "Band max", "Drift (points)", "Relative drift", "Status");
        List<DriftRow> rows = plan.drift();
        int first = DRIFT_HEADER + 1;
        int last = DRIFT_HEADER + rows.size();
        String values = abs(first, VALUE_COL) + ":" + abs(last, VALUE_COL);
        for (int i = 0; i < rows.size(); i++) {
            driftRow(w, first + i, rows.get(i), buckets, values);
        }
        int r = last + 2;
        w.text(r, 0, "Total value", st.label);
        w.formula(r, 1, "SUM(" + values + ")", sum(rows), st.usd);
        w.text(r + 1, 0, "Contribution (+) or withdrawal (−)", st.label);
        w.number(r + 1, 1, plan.contributionUsd(), st.usd);
        w.text(r + 2, 0, "Turnover", st.label);
        w.number(r + 2, 1, plan.turnover(), st.percent);
        w.number(r + 2, 2, plan.turnoverUsd(), st.usd);
        w.text(r + 3, 0, "Estimated trading costs", st.label);
        w.number(r + 3, 1, plan.totalCost(), st.usdCents);
        w.text(r + 4, 0, "A sale is needed", st.label);
        w.text(r + 4, 1, plan.saleNeeded() ? "yes" : "no: contributions cover it", null);
        trades(w, r + 7, plan.trades(), buckets);
        w.widths(32, 16, 12, 12, 12, 12, 14, 14, 12);
        w.row(DRIFT_HEADER).setHeightInPoints(30);
        w.sheet.createFreezePane(1, DRIFT_HEADER + 1);
        w.print(1, 0);
    }

    private static void driftRow(SheetWriter w, int r, DriftRow d, boolean buckets, String values) {
        WorkbookStyles st = w.styles;
        key(w, r, d.key(), buckets);
        w.number(r, VALUE_COL, d.value(), st.usd);
        // weight = value / Σ values
        w.formula(r, WEIGHT_COL, ref(r, VALUE_COL) + "/SUM(" + values + ")", d.weight(), st.percent);
        w.number(r, TARGET_COL, d.target(), st.percentInput);
        w.number(r, 4, d.min(), st.percentInput);
        w.number(r, 5, d.max(), st.percentInput);
        // drift = weight − target; relative = drift / target
        w.formula(r, DRIFT_COL, ref(r, WEIGHT_COL) + "-" + ref(r, TARGET_COL), d.absoluteDrift(), st.percentSigned);
        if (d.relativeDrift() != null) {
            w.formula(r, RELATIVE_COL, ref(r, DRIFT_COL) + "/" + ref(r, TARGET_COL), d.relativeDrift(), st.percentSigned);
        } else {
            w.text(r, RELATIVE_COL, "no target", st.note);
        }
        String weight = ref(r, WEIGHT_COL);
        w.formulaText(r, STATUS_COL, "IF(" + weight + ">" + ref(r, 5) + "+1E-9,\"above\",IF(" + weight + "<"
                + ref(r, 4) + "-1E-9,\"below\",\"inside\"))", d.status().name().toLowerCase(Locale.ROOT), null);
    }

    private static void trades(SheetWriter w, int r, List<Trade> trades, boolean buckets) {
        WorkbookStyles st = w.styles;
        w.text(r - 1, 0, "Trades", st.subtitle);
        if (trades.isEmpty()) {
            w.text(r, 0, "No trade needed: every weight is inside its band.", st.note);
            return;
        }
        w.headers(r, 0, buckets ? "Bucket" : "Asset", "Side", "Amount (USD)", "Cost (USD)", "Realised gain (USD)",
                "Near long-term");
        w.row(r).setHeightInPoints(30);
        for (int i = 0; i < trades.size(); i++) {
            Trade t = trades.get(i);
            int row = r + 1 + i;
            key(w, row, t.key(), buckets);
            w.text(row, 1, t.side().name().toLowerCase(Locale.ROOT), null);
            w.number(row, 2, t.amount(), st.usd);
            w.number(row, 3, t.cost(), st.usdCents);
            w.number(row, 4, t.realisedGain(), st.usd);
            w.text(row, 5, t.nearLongTerm() == null ? null : t.nearLongTerm() ? "yes: wait?" : "no", null);
        }
    }

    private static void key(SheetWriter w, int r, String key, boolean buckets) {
        if (buckets) {
            w.text(r, 0, label(key), w.styles.label);
        } else {
            w.userText(r, 0, key);
        }
    }

    private static String label(String bucketId) {
        try {
            return Bucket.fromId(bucketId).label();
        } catch (IllegalArgumentException e) {
            return bucketId;
        }
    }

    private static double sum(List<DriftRow> rows) {
        double t = 0;
        for (DriftRow d : rows) {
            t += d.value();
        }
        return t;
    }
}
