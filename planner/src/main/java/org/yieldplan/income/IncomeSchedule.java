package org.yieldplan.income;

import java.util.List;

/**
 * The monthly schedule and its annual totals, per bucket and in total.
 *
 * @param months monthly rows, ordered by month then by bucket, each month's buckets followed by its total row
 * @param years  annual rows in the same order
 */
public record IncomeSchedule(List<ScheduleRow> months, List<ScheduleRow> years) {

    /** The bucket id of total rows. */
    public static final String TOTAL = "total";

    public IncomeSchedule {
        months = List.copyOf(months);
        years = List.copyOf(years);
    }

    /** Monthly total rows only. */
    public List<ScheduleRow> monthTotals() {
        return months.stream().filter(r -> TOTAL.equals(r.bucket())).toList();
    }

    /** Annual total rows only. */
    public List<ScheduleRow> yearTotals() {
        return years.stream().filter(r -> TOTAL.equals(r.bucket())).toList();
    }
}
