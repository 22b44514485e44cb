package org.yieldplan.rebalance;

import java.time.LocalDate;
import java.util.List;

/**
 * One asset's daily closes: one price per calendar day, no gaps.
 *
 * @param source where it came from (a file name), for messages
 * @param dates  consecutive days, ascending
 * @param closes USD per unit, one per date, &gt; 0
 */
public record PriceSeries(String source, List<LocalDate> dates, double[] closes) {

    public PriceSeries {
        dates = List.copyOf(dates);
        closes = closes.clone();
        if (dates.size() != closes.length) {
            throw new IllegalArgumentException(source + ": " + dates.size() + " dates but " + closes.length + " prices");
        }
        if (dates.size() < 2) {
            throw new IllegalArgumentException(source + ": needs at least two days of prices, has " + dates.size());
        }
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).equals(dates.get(i - 1).plusDays(1))) {
                throw new IllegalArgumentException(source + ": gap: no price for " + dates.get(i - 1).plusDays(1)
                        + " (the next is " + dates.get(i) + "); daily prices need one row per day");
            }
        }
    }

    /** The close on a date, USD. */
    public double close(LocalDate date) {
        return closes[(int) (date.toEpochDay() - dates.get(0).toEpochDay())];
    }

    /** First day. */
    public LocalDate first() {
        return dates.get(0);
    }

    /** Last day. */
    public LocalDate last() {
        return dates.get(dates.size() - 1);
    }
}
