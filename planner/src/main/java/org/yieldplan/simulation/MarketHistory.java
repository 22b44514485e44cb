package org.yieldplan.simulation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yieldplan.market.PriceLeg;

/**
 * A real price history by month, for the historical replay: monthly log returns ln(P(first of next month) / P(first
 * of month)) of the assets it has (BTC and ETH), and a proxy for the volatile assets it lacks.
 *
 * @param first             the first month of the history
 * @param returns           asset (upper case) → its monthly log returns, all of one length
 * @param proxy             the asset whose path stands in for a volatile asset without one (ETH)
 * @param proxyVolatility   the proxy's long-run volatility, to scale it: r_a = r_proxy × σ_a / σ_proxy
 * @param source            the file and what was taken from it
 */
public record MarketHistory(YearMonth first, Map<String, double[]> returns, String proxy, double proxyVolatility,
                            String source) {

    public MarketHistory {
        returns = Map.copyOf(returns);
        if (returns.isEmpty() || !returns.containsKey(proxy.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("history: needs the proxy " + proxy + "'s returns");
        }
    }

    /**
     * A history from daily series (dates ascending, one value per day), taking the value on the first day of each
     * month: r(m) = ln(P(first of m + 1) / P(first of m)).
     */
    public static MarketHistory monthly(List<LocalDate> dates, Map<String, double[]> daily, String proxy,
                                        double proxyVolatility, String source) {
        List<Integer> firsts = new java.util.ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).getDayOfMonth() == 1) {
                firsts.add(i);
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        daily.forEach((asset, values) -> {
            double[] r = new double[firsts.size() - 1];
            for (int k = 0; k + 1 < firsts.size(); k++) {
                r[k] = Math.log(values[firsts.get(k + 1)] / values[firsts.get(k)]);   // ln(P(m + 1) / P(m))
            }
            out.put(asset.toUpperCase(Locale.ROOT), r);
        });
        return new MarketHistory(YearMonth.from(dates.get(firsts.get(0))), out, proxy.toUpperCase(Locale.ROOT),
                proxyVolatility, source);
    }

    /** Number of months. */
    public int months() {
        return returns.get(proxy).length;
    }

    /** The window as text, e.g. {@code 2021-06..2023-01}. */
    public String window() {
        return first + ".." + first.plusMonths(months() - 1L);
    }

    /**
     * Each leg's asset's history rotated to start at month {@code start}: its own, zero for a stablecoin, or the
     * proxy's scaled by σ_leg / σ_proxy.
     */
    Map<String, double[]> forLegs(List<PriceLeg> legs, int start) {
        Map<String, double[]> out = new LinkedHashMap<>();
        double[] p = returns.get(proxy);
        for (PriceLeg l : legs) {
            String a = l.asset().toUpperCase(Locale.ROOT);
            double[] own = returns.get(a);
            double scale = l.stablecoin() ? 0 : l.volatility() / proxyVolatility;
            double[] r = new double[months()];
            for (int k = 0; k < r.length; k++) {
                int m = (start + k) % r.length;                                 // wrap around the window
                r[k] = own != null ? own[m] : p[m] * scale;
            }
            out.putIfAbsent(a, r);
        }
        return out;
    }
}
