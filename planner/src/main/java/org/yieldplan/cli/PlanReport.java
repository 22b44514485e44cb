package org.yieldplan.cli;

import static org.yieldplan.cli.Format.left;
import static org.yieldplan.cli.Format.money;
import static org.yieldplan.cli.Format.percent;
import static org.yieldplan.cli.Format.right;

import java.util.Locale;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.simulation.Bands;
import org.yieldplan.simulation.DepletionYear;
import org.yieldplan.simulation.SafeWithdrawal;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.withdrawal.PlanRow;
import org.yieldplan.withdrawal.PlanSchedule;

/** The plain-text withdrawal report: the base-case table, success, percentile bands, safe withdrawal. */
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
        b.append(left("Balance when they start", 26)).append(money(plan.balanceAtStart())).append(" (base case)\n");
        b.append(left("Base case", 26)).append(plan.depletionMonth() == null
                ? "every withdrawal is paid to the horizon (year " + result.scenario().horizonYears() + ")"
                : "the money runs out in month " + plan.depletionMonth() + " (year " + plan.depletionYear() + ")").append('\n');
        table(b, plan);
        simulation(b, result.simulation());
        return b.toString();
    }

    private void table(StringBuilder b, PlanSchedule plan) {
        b.append("\nYear by year (base case: prices growing at the catalog's expected return (the mean path), base APY, expected losses; today's $ at ")
                .append(percent(result.scenario().inflation())).append(" inflation)\n");
        b.append(right("year", 5)).append(right("start", 14)).append(right("added", 10)).append(right("prices", 13))
                .append(right("income", 11)).append(right("tax", 9)).append(right("withdrawn", 12))
                .append(right("principal", 12)).append(right("end", 14)).append(right("end, today's $", 16))
                .append(right("withdrawn, today's $", 21)).append('\n');
        for (PlanRow r : plan.years()) {
            b.append(right(Integer.toString(r.period()), 5)).append(right(money(r.startBalance()), 14))
                    .append(right(money(r.contribution()), 10)).append(right(money(r.priceChange()), 13))
                    .append(right(money(r.grossIncome()), 11)).append(right(money(r.tax()), 9))
                    .append(right(money(r.withdrawal()), 12)).append(right(money(r.principalSold()), 12))
                    .append(right(money(r.endBalance()), 14)).append(right(money(r.endBalanceReal()), 16))
                    .append(right(money(r.withdrawalReal()), 21)).append('\n');
        }
    }

    private static void simulation(StringBuilder b, SimulationResult s) {
        b.append(String.format(Locale.US, "%nMonte Carlo: %,d paths, seed %d, %s shocks, %s%n", s.paths(), s.seed(),
                s.shocks().id(), s.rebalanceAnnually() ? "rebalanced yearly" : "not rebalanced"));
        b.append(left("Success probability", 26)).append(percent(s.successProbability()))
                .append(" of paths pay every planned withdrawal to the horizon\n");
        SafeWithdrawal w = s.safeWithdrawal();
        b.append(left("Safe withdrawal", 26)).append(money(w.annual())).append(" a year (").append(money(w.monthly()))
                .append(" a month) meets ").append(percent(w.targetSuccess())).append(" success: ")
                .append(percent(w.rateOfStartBalance())).append(" of the median balance when withdrawals start (")
                .append(money(w.startBalance())).append("), ").append(percent(w.rateOfTodaysValue())).append(" of today's value\n");
        b.append(left("", 26)).append("as: ").append(w.strategy()).append('\n');
        if (!s.depletionYears().isEmpty()) {
            DepletionYear first = s.depletionYears().get(0);
            DepletionYear worst = s.depletionYears().stream().max((x, y) -> Integer.compare(x.paths(), y.paths())).orElseThrow();
            b.append(left("Running out", 26)).append("earliest in year ").append(first.year()).append("; most often in year ")
                    .append(worst.year()).append(" (").append(percent(worst.share())).append(" of paths)\n");
        }
        b.append("\nPercentiles by year (nominal $): balance at the year's end | income paid in the year\n");
        b.append(right("year", 5));
        for (String p : new String[] {"p5", "p25", "median", "p75", "p95"}) {
            b.append(right(p, 17));
        }
        b.append("  |").append(right("p5", 11)).append(right("median", 11)).append(right("p95", 11)).append('\n');
        Bands bal = s.percentiles().balance();
        Bands inc = s.percentiles().income();
        int years = s.percentiles().years().size();
        for (int i = 0; i < years; i++) {
            int y = s.percentiles().years().get(i);
            if (y != 1 && y % 5 != 0 && y != years) {
                continue;
            }
            b.append(right(Integer.toString(y), 5)).append(right(money(bal.p5().get(i)), 17))
                    .append(right(money(bal.p25().get(i)), 17)).append(right(money(bal.p50().get(i)), 17))
                    .append(right(money(bal.p75().get(i)), 17)).append(right(money(bal.p95().get(i)), 17))
                    .append("  |").append(right(money(inc.p5().get(i)), 11)).append(right(money(inc.p50().get(i)), 11))
                    .append(right(money(inc.p95().get(i)), 11)).append('\n');
        }
    }
}
