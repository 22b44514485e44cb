package org.yieldplan.workbook;

import static org.yieldplan.workbook.SheetWriter.ref;

import java.util.List;
import java.util.Locale;
import org.yieldplan.simulation.Bands;
import org.yieldplan.simulation.DepletionYear;
import org.yieldplan.scenario.Verdicts;
import org.yieldplan.simulation.Percentiles;
import org.yieldplan.simulation.PlanMeasure;
import org.yieldplan.simulation.SafeWithdrawal;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.withdrawal.PlanRow;
import org.yieldplan.withdrawal.PlanSchedule;

/**
 * The Withdrawals sheet: the plan's measure; the deterministic plan on the median path year by year, with the
 * simulated median balance beside it (the ledger's flows as values; the
 * balance carried from year to year, tax, the end balance and today's dollars as formulas over
 * them and the named inputs), then the Monte Carlo percentile table by year with a fan chart of
 * the balance, and the years in which paths ran out.
 */
final class WithdrawalsSheet {

    static final String NAME = "Withdrawals";
    /** Header row of the plan table; its rows follow. */
    static final int PLAN_HEADER = 12;
    static final List<String> PLAN_COLUMNS = List.of("Year", "Start balance", "Contribution", "Price change",
            "Expected loss", "Gross income", "Tax", "Planned", "Withdrawn", "From income", "Principal sold",
            "Reinvested", "Shortfall", "End balance", "Withdrawn (today's $)", "End (today's $)", "Simulated median");
    static final int START = 1;
    static final int CONTRIBUTION = 2;
    static final int PRICE = 3;
    static final int LOSS = 4;
    static final int GROSS = 5;
    static final int TAX = 6;
    static final int WITHDRAWN = 8;
    static final int END = 13;
    static final int END_REAL = 15;
    static final int SIMULATED_MEDIAN = 16;

    private WithdrawalsSheet() {
    }

    /** Row of the percentile table's header, after a plan of {@code years} rows. */
    static int percentileHeader(int years) {
        return PLAN_HEADER + years + 4;
    }

    static void write(SheetWriter w, PlanSchedule plan, SimulationResult sim) {
        WorkbookStyles st = w.styles;
        w.text(0, 0, "Withdrawals", st.title);
        w.userText(1, 0, plan.strategy());
        w.text(2, 0, "Base case: the plan run once on " + Verdicts.MEDIAN_PATH + ", with the simulated paths' median "
                + "balance beside it. Start balance, tax, withdrawn, end balance and today's dollars are formulas; the other "
                + "flows are the planner's (the strategy's rules).", st.note);
        keyFigures(w, plan, sim);
        w.text(PLAN_HEADER - 1, 0, "The plan, year by year (median path)", st.subtitle);
        w.headers(PLAN_HEADER, 0, PLAN_COLUMNS.toArray(new String[0]));
        w.row(PLAN_HEADER).setHeightInPoints(30);
        List<PlanRow> years = plan.years();
        for (int i = 0; i < years.size(); i++) {
            planRow(w, PLAN_HEADER + 1 + i, years.get(i), i == 0);
            if (sim != null) {
                w.number(PLAN_HEADER + 1 + i, SIMULATED_MEDIAN, sim.percentiles().balance().p50().get(i), st.usd);
            }
        }
        if (sim != null) {
            percentiles(w, percentileHeader(years.size()), sim.percentiles());
            depletion(w, percentileHeader(years.size()) + sim.percentiles().years().size() + 3, sim.depletionYears());
        }
        w.sheet.setColumnWidth(0, 30 * 256);
        for (int c = 1; c < PLAN_COLUMNS.size(); c++) {
            w.sheet.setColumnWidth(c, 14 * 256);
        }
        w.sheet.createFreezePane(1, 0);
        w.print(1, 0);
    }

    private static void keyFigures(SheetWriter w, PlanSchedule plan, SimulationResult sim) {
        WorkbookStyles st = w.styles;
        w.text(4, 0, "Withdrawals start after (years)", st.label);
        w.number(4, 1, (double) plan.startAfterYears(), st.count);
        w.text(5, 0, "Instalments", st.label);
        w.text(5, 1, plan.frequency().name().toLowerCase(Locale.ROOT), null);
        w.text(6, 0, "Balance when withdrawals start", st.label);
        w.number(6, 1, plan.balanceAtStart(), st.usd);
        w.text(6, 2, "median path", st.note);
        w.text(7, 0, "Median path runs out in year", st.label);
        if (plan.depletionYear() == null) {
            w.text(7, 1, "never", null);
        } else {
            w.number(7, 1, plan.depletionYear().doubleValue(), st.count);
        }
        if (sim == null || sim.measure() == null) {
            return;
        }
        PlanMeasure m = sim.measure();
        if (m.canDeplete()) {
            w.text(8, 0, "Success probability", st.label);
            w.number(8, 1, sim.successProbability(), st.percent);
            w.text(8, 2, sim.paths() + " paths, seed " + sim.seed() + ": the share that pays every planned withdrawal", st.note);
            w.text(9, 0, "Half the paths run out by year", st.label);
            if (m.medianDepletionYear() == null) {
                w.text(9, 1, "never", null);
            } else {
                w.number(9, 1, m.medianDepletionYear().doubleValue(), st.count);
            }
            w.text(10, 0, "Years of withdrawals lasted", st.label);
            w.number(10, 1, (double) m.yearsLasted().median(), st.count);
            w.number(10, 2, (double) m.yearsLasted().p10(), st.count);
            w.text(10, 3, "median, and a tenth of the paths at most; of " + m.yearsLasted().planYears() + " planned", st.note);
        } else {
            w.text(8, 0, "Income meets the goal", st.label);
            if (m.goalMetProbability() != null) {
                w.number(8, 1, m.goalMetProbability(), st.percent);
            }
            w.text(8, 2, m.goalMetProbability() == null ? "no income goal set"
                    : "share of the " + sim.paths() + " paths paying at least the goal in today's dollars every year"
                    + " (this plan cannot run out)", st.note);
        }
        SafeWithdrawal safe = sim.safeWithdrawal();
        if (safe != null) {
            w.text(9, 4, "Safe withdrawal (a year)", st.label);
            w.number(9, 5, safe.annual(), st.usd);
            w.number(9, 6, safe.rateOfStartBalance(), st.percent);
            w.text(9, 7, "meets " + Math.round(safe.targetSuccess() * 100) + " % success: " + safe.strategy()
                    + "; the rate is of the median balance when withdrawals start", st.note);
        }
    }

    private static void planRow(SheetWriter w, int r, PlanRow p, boolean first) {
        WorkbookStyles st = w.styles;
        w.number(r, 0, (double) p.period(), st.count);
        if (first) {
            w.number(r, START, p.startBalance(), st.usd);
        } else {
            w.formula(r, START, ref(r - 1, END), p.startBalance(), st.usd);        // last year's end
        }
        double[] flows = {p.contribution(), p.priceChange(), p.loss(), p.grossIncome()};
        for (int k = 0; k < flows.length; k++) {
            w.number(r, CONTRIBUTION + k, flows[k], st.usd);
        }
        w.formula(r, TAX, ref(r, GROSS) + "*" + AssumptionsSheet.TAX_RATE, p.tax(), st.usd);    // gross × tax rate
        double[] paid = {p.planned(), p.withdrawal(), p.fromIncome(), p.principalSold(), p.reinvested(), p.shortfall()};
        for (int k = 0; k < paid.length; k++) {
            if (7 + k != WITHDRAWN) {
                w.number(r, 7 + k, paid[k], st.usd);
            }
        }
        // withdrawn = paid from income + principal sold
        w.formula(r, WITHDRAWN, ref(r, WITHDRAWN + 1) + "+" + ref(r, WITHDRAWN + 2), p.withdrawal(), st.usd);
        // end = start + contribution + price change − loss + gross − tax − withdrawn
        w.formula(r, END, ref(r, START) + "+" + ref(r, CONTRIBUTION) + "+" + ref(r, PRICE) + "-" + ref(r, LOSS) + "+"
                + ref(r, GROSS) + "-" + ref(r, TAX) + "-" + ref(r, WITHDRAWN), p.endBalance(), st.usdTotal);
        w.number(r, 14, p.withdrawalReal(), st.usd);
        // today's dollars: end / (1 + inflation)^year
        w.formula(r, END_REAL, ref(r, END) + "/(1+" + AssumptionsSheet.INFLATION + ")^" + ref(r, 0), p.endBalanceReal(),
                st.usd);
    }

    private static void percentiles(SheetWriter w, int h, Percentiles p) {
        WorkbookStyles st = w.styles;
        w.text(h - 2, 0, "Monte Carlo: percentiles by year (USD nominal)", st.subtitle);
        w.text(h - 1, 1, "Balance at year end", st.groupHeader);
        w.text(h - 1, 6, "Income paid in the year", st.groupHeader);
        w.headers(h, 0, "Year", "5th", "25th", "median", "75th", "95th", "5th", "25th", "median", "75th", "95th");
        for (int i = 0; i < p.years().size(); i++) {
            int r = h + 1 + i;
            w.number(r, 0, p.years().get(i).doubleValue(), st.count);
            band(w, r, 1, p.balance(), i);
            band(w, r, 6, p.income(), i);
        }
        double maxMedian = p.balance().p50().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double max95 = p.balance().p95().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        WithdrawalCharts.fan((org.apache.poi.xssf.usermodel.XSSFSheet) w.sheet, h + 1, h + p.years().size(),
                h - 2, 12, WithdrawalCharts.top(maxMedian, max95));
    }

    private static void band(SheetWriter w, int r, int c, Bands b, int i) {
        List<List<Double>> all = List.of(b.p5(), b.p25(), b.p50(), b.p75(), b.p95());
        for (int k = 0; k < all.size(); k++) {
            w.number(r, c + k, all.get(k).get(i), w.styles.usd);
        }
    }

    private static void depletion(SheetWriter w, int h, List<DepletionYear> years) {
        WorkbookStyles st = w.styles;
        w.text(h - 1, 0, "Years in which paths first missed a withdrawal", st.subtitle);
        if (years.isEmpty()) {
            w.text(h, 0, "none: every path paid every withdrawal", st.note);
            return;
        }
        w.headers(h, 0, "Year", "Paths", "Share of paths");
        for (int i = 0; i < years.size(); i++) {
            DepletionYear d = years.get(i);
            w.number(h + 1 + i, 0, (double) d.year(), st.count);
            w.number(h + 1 + i, 1, (double) d.paths(), st.count);
            w.number(h + 1 + i, 2, d.share(), st.percent);
        }
    }
}
