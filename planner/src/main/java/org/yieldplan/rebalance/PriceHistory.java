package org.yieldplan.rebalance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Daily closes of several assets over their common days (the latest first day to the earliest
 * last day).
 *
 * @param series upper-case asset symbol → its series
 */
public record PriceHistory(Map<String, PriceSeries> series) {

    public PriceHistory {
        Map<String, PriceSeries> copy = new LinkedHashMap<>();
        series.forEach((k, v) -> copy.put(k.strip().toUpperCase(Locale.ROOT), v));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("prices: no price files");
        }
        LocalDate from = copy.values().stream().map(PriceSeries::first).max(LocalDate::compareTo).orElseThrow();
        LocalDate to = copy.values().stream().map(PriceSeries::last).min(LocalDate::compareTo).orElseThrow();
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("prices: the files share no two days (latest start " + from
                    + ", earliest end " + to + ")");
        }
        series = java.util.Collections.unmodifiableMap(copy);
    }

    /** The first day every asset has a price. */
    public LocalDate first() {
        return series.values().stream().map(PriceSeries::first).max(LocalDate::compareTo).orElseThrow();
    }

    /** The last day every asset has a price. */
    public LocalDate last() {
        return series.values().stream().map(PriceSeries::last).min(LocalDate::compareTo).orElseThrow();
    }

    /** The common days, ascending. */
    public List<LocalDate> dates() {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first(); !d.isAfter(last()); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    /**
     * The series of an asset.
     *
     * @throws IllegalArgumentException naming the asset and the assets that have prices
     */
    public PriceSeries of(String asset) {
        PriceSeries s = series.get(asset.strip().toUpperCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("weights: no prices for asset " + asset + "; prices are given for "
                    + String.join(", ", series.keySet()));
        }
        return s;
    }
}
