package org.yieldplan.simulation;

import java.util.List;

/**
 * Percentile bands of the balance (at each year's end) and of the income paid to the investor (in each year).
 *
 * @param years   the years, 1-based from the projection's start
 * @param balance balance bands, USD nominal
 * @param income  income-paid bands, USD nominal a year
 */
public record Percentiles(List<Integer> years, Bands balance, Bands income) {

    public Percentiles {
        years = List.copyOf(years);
    }
}
