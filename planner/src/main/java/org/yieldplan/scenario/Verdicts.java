package org.yieldplan.scenario;

import static org.yieldplan.scenario.Figures.rate;
import static org.yieldplan.scenario.Figures.share;
import static org.yieldplan.scenario.Figures.usd;
import static org.yieldplan.scenario.Figures.years;

import java.util.ArrayList;
import java.util.List;
import org.yieldplan.income.IncomeSummary;
import org.yieldplan.simulation.HistoricalReplay;
import org.yieldplan.simulation.PlanMeasure;
import org.yieldplan.simulation.RealIncomeBands;
import org.yieldplan.simulation.SafeWithdrawal;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.simulation.YearsLasted;
import org.yieldplan.withdrawal.PlanRow;
import org.yieldplan.withdrawal.PlanSchedule;

/**
 * Writes the sentences that judge a scenario from its figures: the plan's {@link Verdict} and the income goal
 * against the APY after expected losses. Pure functions of the result; the page, the CLI and the workbook call them,
 * so they say the same thing.
 */
public final class Verdicts {

    /** How the base case is made, said once wherever it is shown. */
    public static final String MEDIAN_PATH = "the median path (every price at its median growth, base yields, "
            + "expected protocol losses)";

    private Verdicts() {
    }

    /**
     * The historical replay in a sentence, from its figures: for a plan that can run out, the share of the starts that
     * pay every withdrawal and the worst start; for one that cannot (it pays by its rule on every start, so that share
     * is 100 % by construction), the worst start's final balance, the lowest.
     */
    public static String replay(SimulationResult sim) {
        HistoricalReplay h = sim.historicalReplay();
        if (sim.measure() == null || sim.measure().canDeplete()) {
            return share(h.successProbability()) + " of the " + h.starts().size() + " starts pay every withdrawal; the"
                    + " worst start is " + h.worstStart();
        }
        double lowest = h.starts().stream().filter(s -> s.start().equals(h.worstStart())).findFirst().orElseThrow()
                .finalBalance();
        return "This plan cannot run out, so every start pays by its rule; the lowest final balance, " + usd(lowest)
                + ", follows the start in " + h.worstStart();
    }

    /** The plan's verdict, or null when the scenario has no simulated withdrawal plan. */
    public static Verdict plan(ScenarioResult r) {
        SimulationResult sim = r.simulation();
        PlanSchedule plan = r.plan();
        if (sim == null || plan == null || sim.measure() == null) {
            return null;
        }
        double target = r.scenario().simulation().targetSuccess();
        return sim.measure().canDeplete() ? depleting(r, plan, sim, target) : lasting(r, plan, sim.measure(), target);
    }

    /** A plan that can run out: success, the median path, how long the money lasts, the safe withdrawal. */
    private static Verdict depleting(ScenarioResult r, PlanSchedule plan, SimulationResult sim, double target) {
        int horizon = r.scenario().horizonYears();
        double p = sim.successProbability();
        String headline = share(p) + " of the " + String.format(java.util.Locale.US, "%,d", sim.paths())
                + " simulated paths pay every planned withdrawal to year " + horizon + " (the target is " + share(target) + ").";
        List<String> s = new ArrayList<>();
        PlanRow last = plan.years().get(plan.years().size() - 1);
        if (plan.depletionYear() != null) {
            s.add("On " + MEDIAN_PATH + " the money runs out in year " + plan.depletionYear() + ", "
                    + years(plan.depletionYear() - plan.startAfterYears()) + " into withdrawals.");
        } else if (p >= target) {
            s.add("On " + MEDIAN_PATH + " every withdrawal is paid to year " + horizon + ", with " + usd(last.endBalance())
                    + " left.");
        } else {
            s.add("Without market swings, on " + MEDIAN_PATH + ", the money would last to year " + horizon + " with "
                    + usd(last.endBalance()) + " left; the swings make " + share(1 - p) + " of the paths run out.");
        }
        YearsLasted lasted = sim.measure().yearsLasted();
        Integer median = sim.measure().medianDepletionYear();
        if (median != null) {
            s.add("Half the paths run out by year " + median + " (after " + years(lasted.median())
                    + " of withdrawals paid in full); one path in ten lasts " + years(lasted.p10()) + " or less.");
        } else if (lasted.p10() < lasted.planYears()) {
            s.add("More than half the paths last all " + years(lasted.planYears()) + " of withdrawals; one path in ten lasts "
                    + years(lasted.p10()) + " or less.");
        } else {
            s.add("Nine paths in ten or more last all " + years(lasted.planYears()) + " of withdrawals.");
        }
        SafeWithdrawal safe = sim.safeWithdrawal();
        if (safe != null) {
            s.add(safe.annual() > 0
                    ? "The largest starting withdrawal that " + share(safe.targetSuccess()) + " of the paths pay in full is "
                            + usd(safe.annual()) + " a year (" + usd(safe.monthly()) + " a month, " + rate(safe.rateOfStartBalance())
                            + " of the balance when withdrawals start on the median path, " + rate(safe.rateOfTodaysValue())
                            + " of today's value)."
                    : "No starting withdrawal meets the " + share(safe.targetSuccess())
                            + " target: too many paths run out whatever is taken.");
        }
        return new Verdict("Success probability", p, target, Verdict.Tone.of(p, target), headline, s);
    }

    /** A plan that cannot run out: the income against the goal, and how it moves. */
    private static Verdict lasting(ScenarioResult r, PlanSchedule plan, PlanMeasure m, double target) {
        String cannot = "This plan cannot run out: each payment is a share of what is there";
        Double goal = m.goalAnnualIncome();
        Double met = m.goalMetProbability();
        List<String> s = new ArrayList<>();
        String headline;
        String measure;
        if (goal == null || met == null) {
            measure = "Income in today's dollars";
            headline = cannot + ". With no income goal set, the measure is the income it pays.";
        } else {
            measure = "Income meets the goal";
            headline = cannot + "; what can fall short is the income. " + share(met) + " of the paths pay at least the goal of "
                    + usd(goal) + " a year (today's dollars) in every withdrawal year (the target is " + share(target) + ").";
        }
        RealIncomeBands real = m.realIncomePercentiles();
        int n = real.years().size();
        if (n > 0) {
            int firstYear = real.years().get(0);
            int lastYear = real.years().get(n - 1);
            s.add("On the median path the income in today's dollars goes from " + usd(real.p50().get(0)) + " in year "
                    + firstYear + " to " + usd(real.p50().get(n - 1)) + " in year " + lastYear + "; one path in ten pays "
                    + (real.p10().get(n - 1) < 0.5 ? "nothing" : usd(real.p10().get(n - 1)) + " or less")
                    + " in year " + lastYear + ".");
            if (goal != null) {
                Integer below = null;
                for (int i = 0; i < n && below == null; i++) {
                    if (real.p50().get(i) < goal) {
                        below = real.years().get(i);
                    }
                }
                s.add(below == null ? "The median income stays at or above the goal in every withdrawal year."
                        : "The median income falls below the goal in year " + below + ".");
            }
        }
        return new Verdict(measure, goal == null ? null : met, target, Verdict.Tone.of(goal == null ? null : met, target),
                headline, s);
    }

    /**
     * The income goal against the APY after expected losses (the one basis the site and the CLI compare it with),
     * and, for a plan that starts later, against the balance when withdrawals start. Null without a goal.
     */
    public static String goal(ScenarioResult r) {
        IncomeSummary s = r.income();
        if (s.goalAnnualIncome() == null || s.requiredYield() == null) {
            return null;
        }
        double gap = s.netApy().base() - s.requiredYield();
        String text = "The goal of " + usd(s.goalAnnualIncome()) + " a year (" + usd(s.goalAnnualIncome() / 12)
                + " a month) needs " + rate(s.requiredYield()) + " of today's value; the APY after expected losses is "
                + rate(s.netApy().base()) + (gap >= 0 ? ", which covers it with " + points(gap) + " to spare."
                : ", short by " + points(-gap) + ".");
        Double atStart = requiredYieldAtStart(r);
        if (atStart != null && r.plan().startAfterYears() > 0) {
            text += " When withdrawals start in year " + (r.plan().startAfterYears() + 1) + " the goal, "
                    + usd(goalAtStart(r)) + " a year by then, is " + rate(atStart) + " of the median path's balance of "
                    + usd(r.plan().balanceAtStart()) + ".";
        }
        return text;
    }

    /** Whether the APY after expected losses covers the goal's required yield (null without a goal). */
    public static Boolean goalCovered(ScenarioResult r) {
        IncomeSummary s = r.income();
        return s.requiredYield() == null ? null : s.netApy().base() >= s.requiredYield();
    }

    /** The yield the goal needs from the balance when withdrawals start (median path); null without a goal or plan. */
    public static Double requiredYieldAtStart(ScenarioResult r) {
        Double goal = r.income().goalAnnualIncome();
        return goal == null || r.plan() == null ? null : r.plan().requiredYield(goal, r.scenario().inflation());
    }

    private static double goalAtStart(ScenarioResult r) {
        return r.plan().goalAtStart(r.income().goalAnnualIncome(), r.scenario().inflation());
    }

    private static String points(double v) {
        return String.format(java.util.Locale.US, "%.2f points", v * 100);
    }
}
