package org.yieldplan.income;

/**
 * An income projection: the headline figures and the schedule.
 *
 * @param summary  blended yield and income on today's values
 * @param schedule monthly rows and annual totals
 */
public record IncomeProjection(IncomeSummary summary, IncomeSchedule schedule) {
}
