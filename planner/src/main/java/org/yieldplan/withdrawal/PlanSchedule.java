package org.yieldplan.withdrawal;

import java.util.List;

/**
 * The deterministic plan: the plan run once on the base-case market path.
 *
 * @param strategy          the strategy, described for a person
 * @param startAfterYears   years of saving before withdrawals
 * @param frequency         how often an instalment is paid
 * @param balanceAtStart    value when withdrawals start, USD
 * @param depletionMonth    the first month (1-based, from the projection's start) a planned withdrawal could not be
 *                          paid in full; null when every one was
 * @param depletionYear     the year (1-based) of that month, or null
 * @param years             year-by-year rows
 * @param months            month-by-month rows
 */
public record PlanSchedule(String strategy, int startAfterYears, WithdrawalPlan.Frequency frequency,
                           double balanceAtStart, Integer depletionMonth, Integer depletionYear,
                           List<PlanRow> years, List<PlanRow> months) {

    public PlanSchedule {
        years = List.copyOf(years);
        months = List.copyOf(months);
    }

    /**
     * A goal in the dollars of the first withdrawal year: {@code goal × (1 + inflation)^startAfterYears}.
     *
     * @param goalToday the goal, USD a year in today's dollars
     * @param inflation consumer price inflation, a fraction a year
     */
    public double goalAtStart(double goalToday, double inflation) {
        return goalToday * Math.pow(1 + inflation, startAfterYears);
    }

    /**
     * The yield a goal needs from the balance when withdrawals start: {@link #goalAtStart} / {@code balanceAtStart},
     * both nominal, a fraction a year; null when nothing is left by then.
     */
    public Double requiredYield(double goalToday, double inflation) {
        return balanceAtStart > 0 ? goalAtStart(goalToday, inflation) / balanceAtStart : null;
    }
}
