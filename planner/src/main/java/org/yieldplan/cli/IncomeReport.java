package org.yieldplan.cli;

import static org.yieldplan.cli.Format.left;
import static org.yieldplan.cli.Format.money;
import static org.yieldplan.cli.Format.percent;
import static org.yieldplan.cli.Format.right;

import org.yieldplan.income.BucketIncome;
import org.yieldplan.income.IncomeSummary;
import org.yieldplan.income.ScheduleRow;
import org.yieldplan.market.YieldRange;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.Verdicts;

/** The plain-text income report: headline figures, buckets, and the yearly schedule. */
final class IncomeReport {

    private final ScenarioResult result;

    IncomeReport(ScenarioResult result) {
        this.result = result;
    }

    String text() {
        IncomeSummary s = result.income();
        StringBuilder b = new StringBuilder();
        b.append(result.scenario().name()).append('\n');
        if (result.scenario().description() != null) {
            b.append(result.scenario().description()).append('\n');
        }
        b.append('\n').append(left("Portfolio value", 26)).append(money(s.portfolioValue())).append('\n');
        b.append('\n').append(left("", 26)).append(right("low", 14)).append(right("base", 14)).append(right("high", 14)).append('\n');
        b.append(rangeLine("Blended APY", s.blendedApy(), true));
        b.append(rangeLine("Income a year", s.annualIncome(), false));
        b.append(rangeLine("Income a month", s.monthlyIncome(), false));
        b.append(rangeLine("APY after expected losses", s.netApy(), true));
        b.append(rangeLine("After-tax income a year", s.afterTaxAnnualIncome(), false));
        b.append(rangeLine("After-tax income a month", monthly(s.afterTaxAnnualIncome()), false));
        b.append('\n').append(left("Expected losses", 26)).append(percent(s.expectedLossRate()))
                .append(" a year (failure probability × loss given failure)\n");
        b.append(left("Real yield", 26)).append(percent(s.realApy())).append(" a year after token inflation (base)\n");
        String goal = Verdicts.goal(result);
        if (goal != null) {
            b.append(left("Goal", 26)).append(Format.wrap(goal, 110 - 26, 26));
        }
        b.append("\nBy bucket\n");
        b.append(left("bucket", 16)).append(right("weight", 9)).append(right("value", 14))
                .append(right("APY low", 10)).append(right("base", 10)).append(right("high", 10))
                .append(right("income/yr", 13)).append(right("income/mo", 12)).append('\n');
        for (BucketIncome bi : s.buckets()) {
            b.append(left(bi.bucket().label(), 16)).append(right(percent(bi.weight()), 9))
                    .append(right(money(bi.valueUsd()), 14))
                    .append(right(percent(bi.apy().low()), 10)).append(right(percent(bi.apy().base()), 10))
                    .append(right(percent(bi.apy().high()), 10)).append(right(money(bi.annualIncome().base()), 13))
                    .append(right(money(bi.monthlyIncome().base()), 12)).append('\n');
        }
        b.append("\nYear by year (base case, prices held constant; today's $ at ")
                .append(percent(result.scenario().inflation())).append(" inflation)\n");
        b.append(right("year", 5)).append(right("start", 14)).append(right("added", 11)).append(right("income", 12))
                .append(right("tax", 10)).append(right("exp. loss", 11)).append(right("paid out", 12))
                .append(right("end", 14)).append(right("end, today's $", 16)).append('\n');
        for (ScheduleRow r : result.schedule().yearTotals()) {
            b.append(right(Integer.toString(r.period()), 5)).append(right(money(r.startValue()), 14))
                    .append(right(money(r.contribution()), 11)).append(right(money(r.grossIncome()), 12))
                    .append(right(money(r.tax()), 10)).append(right(money(r.expectedLoss()), 11))
                    .append(right(money(r.paidOut()), 12)).append(right(money(r.endValue()), 14))
                    .append(right(money(r.endValueReal()), 16)).append('\n');
        }
        b.append(new FlagsReport(result).brief());
        return b.toString();
    }

    /** A yearly range as a monthly one: each case / 12. */
    private static YieldRange monthly(YieldRange a) {
        return new YieldRange(a.low() / 12, a.base() / 12, a.high() / 12);
    }

    private static String rangeLine(String label, YieldRange r, boolean rate) {
        return left(label, 26) + right(rate ? percent(r.low()) : money(r.low()), 14)
                + right(rate ? percent(r.base()) : money(r.base()), 14)
                + right(rate ? percent(r.high()) : money(r.high()), 14) + '\n';
    }
}
