package org.yieldplan.cli;

import static org.yieldplan.cli.Format.left;
import static org.yieldplan.cli.Format.money;
import static org.yieldplan.cli.Format.percent;
import static org.yieldplan.cli.Format.right;

import java.util.List;
import java.util.Locale;
import org.yieldplan.scenario.Figures;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.Verdict;
import org.yieldplan.scenario.Verdicts;
import org.yieldplan.simulation.Bands;
import org.yieldplan.simulation.RealIncomeBands;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.withdrawal.PlanRow;
import org.yieldplan.withdrawal.PlanSchedule;

/**
 * The plain-text withdrawal report: the verdict (the plan's measure and the sentences built from its figures, the same
 * as the site's), the plan year by year on the median path with the simulated median beside it, and the percentile
 * bands.
 */
final class PlanReport {

    private final ScenarioResult result;

    PlanReport(ScenarioResult result) {
        this.result = result;
    }

    String text() {
        PlanSchedule plan = result.plan();
        StringBuilder b = new StringBuilder();
        b.append(result.scenario().name()).append('\n');
        b.append(left("Portfolio value", 26)).append(money(result.income().portfolioValue())).append('\n');
        b.append(left("Strategy", 26)).append(plan.strategy()).append('\n');
        b.append(left("Instalments", 26)).append(plan.frequency().name().toLowerCase(Locale.ROOT))
                .append(plan.startAfterYears() > 0 ? ", starting after " + plan.startAfterYears() + " years of saving" : ", from the start")
                .append('\n');
        b.append(left("Balance when they start", 26)).append(money(plan.balanceAtStart())).append(" (median path)\n");
        Verdict v = Verdicts.plan(result);
        if (v != null) {
            b.append('\n').append(left(v.measure(), 26)).append(v.value() == null ? "—" : percent1(v.value()))
                    .append(v.value() == null ? "" : "  (target " + percent1(v.target()) + (v.tone() == Verdict.Tone.MET
                            ? ", met)" : ", not met)")).append('\n');
            wrap(b, v.headline());
            v.sentences().forEach(s -> wrap(b, s));
        }
        String goal = Verdicts.goal(result);
        if (goal != null) {
            wrap(b, goal);
        }
        table(b, plan, result.simulation());
        if (result.simulation() != null) {
            simulation(b, result.simulation());
            AssumptionsReport.append(b, result.simulation());
        }
        return b.toString();
    }

    /** A probability with one decimal, as the site shows it: 7.7 %. */
    static String percent1(double p) {
        return Figures.share(p);
    }

    private static void wrap(StringBuilder b, String text) {
        b.append(Format.wrap(text, 110, 0));
    }

    private void table(StringBuilder b, PlanSchedule plan, SimulationResult sim) {
        b.append("\nYear by year on ").append(Verdicts.MEDIAN_PATH).append("; today's $ at ")
                .append(percent(result.scenario().inflation())).append(" inflation; last column: the simulated paths' median balance\n");
        b.append(right("year", 5)).append(right("start", 14)).append(right("added", 10)).append(right("prices", 13))
                .append(right("income", 11)).append(right("tax", 9)).append(right("withdrawn", 12))
                .append(right("principal", 12)).append(right("end", 14)).append(right("end, today's $", 16))
                .append(right("withdrawn, today's $", 21)).append(right("simulated median", 18)).append('\n');
        List<Double> median = sim == null ? null : sim.percentiles().balance().p50();
        for (PlanRow r : plan.years()) {
            b.append(right(Integer.toString(r.period()), 5)).append(right(money(r.startBalance()), 14))
                    .append(right(money(r.contribution()), 10)).append(right(money(r.priceChange()), 13))
                    .append(right(money(r.grossIncome()), 11)).append(right(money(r.tax()), 9))
                    .append(right(money(r.withdrawal()), 12)).append(right(money(r.principalSold()), 12))
                    .append(right(money(r.endBalance()), 14)).append(right(money(r.endBalanceReal()), 16))
                    .append(right(money(r.withdrawalReal()), 21))
                    .append(right(median == null ? "" : money(median.get(r.period() - 1)), 18)).append('\n');
        }
    }

    private static void simulation(StringBuilder b, SimulationResult s) {
        b.append(String.format(Locale.US, "%nMonte Carlo: %,d paths, seed %d, %s shocks, %s%n", s.paths(), s.seed(),
                s.shocks().id(), s.rebalanceAnnually() ? "rebalanced yearly" : "not rebalanced"));
        if (s.measure() != null && !s.measure().canDeplete()) {
            RealIncomeBands real = s.measure().realIncomePercentiles();
            b.append("\nIncome paid by year, today's $ (10th percentile | median)\n");
            b.append(right("year", 5)).append(right("p10", 14)).append(right("median", 14)).append('\n');
            for (int i = 0; i < real.years().size(); i++) {
                b.append(right(Integer.toString(real.years().get(i)), 5)).append(right(money(real.p10().get(i)), 14))
                        .append(right(money(real.p50().get(i)), 14)).append('\n');
            }
        }
        b.append("\nPercentiles by year (nominal $): balance at the year's end | income paid in the year\n");
        b.append(right("year", 5));
        for (String p : new String[] {"p5", "p25", "median", "p75", "p95"}) {
            b.append(right(p, 17));
        }
        b.append("  |").append(right("p5", 11)).append(right("median", 11)).append(right("p95", 11)).append('\n');
        Bands bal = s.percentiles().balance();
        Bands inc = s.percentiles().income();
        for (int i = 0; i < s.percentiles().years().size(); i++) {
            b.append(right(Integer.toString(s.percentiles().years().get(i)), 5)).append(right(money(bal.p5().get(i)), 17))
                    .append(right(money(bal.p25().get(i)), 17)).append(right(money(bal.p50().get(i)), 17))
                    .append(right(money(bal.p75().get(i)), 17)).append(right(money(bal.p95().get(i)), 17))
                    .append("  |").append(right(money(inc.p5().get(i)), 11)).append(right(money(inc.p50().get(i)), 11))
                    .append(right(money(inc.p95().get(i)), 11)).append('\n');
        }
    }
}
