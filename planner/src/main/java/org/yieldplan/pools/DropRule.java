package org.yieldplan.pools;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What "the APY drops" means (issue 18): the mean APY of the days 21 to 28 after a date is below
 * 80 % of the APY on the date. Pure; dates are UTC days.
 *
 * <p>{@code down(d) = mean{apy(t) : d + 21 ≤ t ≤ d + 28} < 0.8 × apy(d)}; unknown when the
 * history has no point in that window.
 */
public final class DropRule {

    /** First day of the outcome window, days after the date. */
    public static final int WINDOW_START = 21;
    /** Last day of the outcome window, days after the date. */
    public static final int WINDOW_END = 28;
    /** The APY drops when the window's mean is below this share of the APY on the date. */
    public static final double THRESHOLD = 0.8;

    private DropRule() {
    }

    /**
     * The mean APY of the points in the outcome window after a date, or empty when there is none.
     *
     * @param points a pool's points by date
     * @param date   the date
     */
    public static OptionalDouble windowMean(List<PoolPoint> points, LocalDate date) {
        LocalDate from = date.plusDays(WINDOW_START);
        LocalDate to = date.plusDays(WINDOW_END);
        double sum = 0;
        int n = 0;
        for (PoolPoint p : points) {
            if (!p.date().isBefore(from) && !p.date().isAfter(to)) {
                sum += p.apy();
                n++;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }

    /** True when the window's mean is below 80 % of the APY on the date. */
    public static boolean down(double apyOnDate, double windowMean) {
        return windowMean < THRESHOLD * apyOnDate;
    }

    /** The last date whose outcome is known on a date: {@code asOf − 28 days}. */
    public static LocalDate lastLabelDate(LocalDate asOf) {
        return asOf.minusDays(WINDOW_END);
    }
}
