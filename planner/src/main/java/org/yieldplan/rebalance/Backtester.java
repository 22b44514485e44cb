package org.yieldplan.rebalance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Backtests rebalancing rules on daily closes. Stateless; the cost model is its collaborator.
 *
 * <p>Day 0: value_i = initial × w_i (no cost for the first purchase, the same for every rule).
 * Each later day: value_i ×= close_i(t) / close_i(t − 1); if the rule is due, trade d_i = w_i V − value_i,
 * pay c = Σ cost(asset_i, d_i) (fee + slippage, {@link CostModel}) and hold value_i = w_i (V − c): the
 * cost is taken pro rata, so weights end exactly on target. Metrics: see {@link BacktestResult}.
 */
public final class Backtester {

    private final CostModel costs;

    public Backtester(CostModel costs) {
        this.costs = costs;
    }

    /**
     * Every rule on the same prices and weights, with the gain against buy-and-hold (run once more if not among the rules).
     *
     * @param weights      asset → target weight; each ≥ 0, summing to 1, every asset with prices
     * @param initialUsd   starting value, USD, &gt; 0
     * @param riskFreeRate annual rate for the Sharpe ratio, a fraction
     */
    public BacktestReport compare(PriceHistory prices, Map<String, Double> weights, List<RebalanceRule> rules,
                                  double initialUsd, double riskFreeRate) {
        Map<String, Double> w = check(prices, weights, initialUsd);
        BacktestResult hold = run(prices, w, new RebalanceRule.BuyAndHold(), initialUsd, riskFreeRate);
        List<BacktestResult> out = new ArrayList<>();
        for (RebalanceRule r : rules) {
            out.add(run(prices, w, r, initialUsd, riskFreeRate).against(hold));
        }
        return new BacktestReport(prices.first(), prices.last(), w, initialUsd, costs.feeBps(), riskFreeRate, out);
    }

    /** One rule (gainVsBuyAndHold left at 0; {@link #compare} fills it). */
    public BacktestResult run(PriceHistory prices, Map<String, Double> weights, RebalanceRule rule,
                              double initialUsd, double riskFreeRate) {
        Map<String, Double> wmap = check(prices, weights, initialUsd);
        List<String> assets = new ArrayList<>(wmap.keySet());
        int n = assets.size();
        double[] target = new double[n];
        PriceSeries[] series = new PriceSeries[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = wmap.get(assets.get(i));
            series[i] = prices.of(assets.get(i));
            v[i] = initialUsd * target[i];
        }
        List<LocalDate> dates = prices.dates();
        double[] value = new double[dates.size()];
        value[0] = initialUsd;
        double turnover = 0;
        double paid = 0;
        int trades = 0;
        for (int t = 1; t < dates.size(); t++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                v[i] *= series[i].close(dates.get(t)) / series[i].close(dates.get(t - 1));   // value × price ratio
                total += v[i];
            }
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = v[i] / total;
            }
            if (rule.due(dates.get(t - 1), dates.get(t), w, target)) {
                double[] step = rebalance(v, target, total, assets);
                turnover += step[0] / 2 / total;                           // ½ Σ |d| / V
                paid += step[1];
                total -= step[1];
                trades += step[0] > 0 ? 1 : 0;
            }
            value[t] = total;
        }
        long days = ChronoUnit.DAYS.between(dates.get(0), dates.get(dates.size() - 1));
        return metrics(rule.name(), value, days, riskFreeRate, turnover, paid, trades);
    }

    /** Trades back to target in place; returns {Σ |d_i|, cost}, USD. */
    private double[] rebalance(double[] v, double[] target, double total, List<String> assets) {
        double traded = 0;
        double cost = 0;
        for (int i = 0; i < v.length; i++) {
            double d = target[i] * total - v[i];                           // d_i = w_i V − value_i
            traded += Math.abs(d);
            cost += costs.cost(assets.get(i), d);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = target[i] * (total - cost);                             // cost taken pro rata
        }
        return new double[] {traded, cost};
    }

    private static BacktestResult metrics(String rule, double[] value, long days, double rf, double turnover,
                                          double paid, int trades) {
        int m = value.length - 1;
        double[] r = new double[m];
        double mean = 0;
        double peak = value[0];
        double drawdown = 0;
        for (int t = 1; t <= m; t++) {
            r[t - 1] = value[t] / value[t - 1] - 1;                            // daily return
            mean += r[t - 1] / m;
            peak = Math.max(peak, value[t]);
            drawdown = Math.max(drawdown, 1 - value[t] / peak);               // 1 − V / running peak
        }
        double ss = 0;
        for (double x : r) {
            ss += (x - mean) * (x - mean);
        }
        double vol = m > 1 ? Math.sqrt(ss / (m - 1)) * Math.sqrt(365) : 0;    // sample sd × √365
        double growth = value[m] / value[0];
        double annual = Math.pow(growth, 365.0 / days) - 1;                   // (V_end / V_0)^(365/days) − 1
        Double sharpe = vol > 1e-12 ? (mean * 365 - rf) / vol : null;
        return new BacktestResult(rule, value[m], growth - 1, annual, vol, drawdown, sharpe, turnover, paid, trades, 0);
    }

    private static Map<String, Double> check(PriceHistory prices, Map<String, Double> weights, double initialUsd) {
        if (!(initialUsd > 0) || Double.isInfinite(initialUsd)) {
            throw new IllegalArgumentException("amount: the starting value must be above 0 USD, got " + initialUsd);
        }
        Map<String, Double> out = new LinkedHashMap<>();
        double sum = 0;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            if (!(e.getValue() >= 0)) {
                throw new IllegalArgumentException("weights: " + e.getKey() + " has weight " + e.getValue() + "; use 0 or more");
            }
            prices.of(e.getKey());   // names the asset when it has no prices
            out.put(e.getKey().strip().toUpperCase(Locale.ROOT), e.getValue());
            sum += e.getValue();
        }
        if (Math.abs(sum - 1) > Targets.SUM_TOLERANCE) {
            throw new IllegalArgumentException("weights: sum to " + String.format(Locale.ROOT, "%.6g", sum) + ", not 1");
        }
        return out;
    }
}
