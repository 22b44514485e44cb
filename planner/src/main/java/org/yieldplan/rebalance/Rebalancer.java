package org.yieldplan.rebalance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.Portfolio;

/**
 * Drift reports and trade lists. Stateless; the cost model (and, for tax-aware sales, the lot
 * picker) are its collaborators.
 */
public final class Rebalancer {

    /** The fee assumed when none is given: 10 basis points (0.1 %) of each trade. */
    public static final double DEFAULT_FEE_BPS = 10;

    private final CostModel costs;
    private final TaxLots taxLots;

    /** Plain trade lists: no lots are chosen, no gains reported. */
    public Rebalancer(CostModel costs) {
        this(costs, null);
    }

    /**
     * @param taxLots picks the lots to sell and reports the realised gain; null for none
     */
    public Rebalancer(CostModel costs, TaxLots taxLots) {
        this.costs = costs;
        this.taxLots = taxLots;
    }

    /** Value per key (bucket id or upper-case asset), USD, targets' keys first then any other held key. */
    public static Map<String, Double> values(Portfolio portfolio, Targets targets) {
        Map<String, Double> out = new LinkedHashMap<>();
        targets.targets().forEach(t -> out.put(t.key(), 0.0));
        for (Holding h : portfolio.holdings()) {
            out.merge(targets.level().key(h), h.valueUsd(), Double::sum);
        }
        return out;
    }

    /**
     * The drift report: weight_i = value_i / Σ value; absolute drift = weight − target; relative
     * drift = (weight − target) / target (null for a key with target 0); status against [min, max].
     * A held key with no target has target 0 and band [0, 0].
     */
    public List<DriftRow> drift(Map<String, Double> values, Targets targets) {
        double total = values.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(total > 0)) {
            throw new IllegalArgumentException("holdings: the portfolio's total value is zero");
        }
        List<DriftRow> rows = new ArrayList<>();
        values.forEach((key, value) -> {
            Target t = target(targets, key);
            double w = value / total;                                     // weight = value / Σ value
            Double rel = t.weight() > 0 ? (w - t.weight()) / t.weight() : null;  // (w − t) / t
            rows.add(new DriftRow(key, value, w, t.weight(), t.min(), t.max(), w - t.weight(), rel, t.status(w)));
        });
        return rows;
    }

    /** Drift of a portfolio against targets. */
    public List<DriftRow> drift(Portfolio portfolio, Targets targets) {
        return drift(values(portfolio, targets), targets);
    }

    /** The trade list for a portfolio (see {@link TradeSolver} for the method). */
    public RebalancePlan plan(Portfolio portfolio, Targets targets, TradeSettings settings) {
        Map<String, Double> values = values(portfolio, targets);
        List<DriftRow> drift = drift(values, targets);
        int n = drift.size();
        double[] v = new double[n];
        double[] t = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            DriftRow r = drift.get(i);
            v[i] = r.value();
            t[i] = r.target();
            lo[i] = r.min();
            hi[i] = r.max();
        }
        double[] d = TradeSolver.trades(v, t, lo, hi, settings.contributionUsd(), settings.toTarget(), settings.minTradeUsd());
        List<Trade> trades = new ArrayList<>();
        double sumAbs = 0;
        double cost = 0;
        for (int i = 0; i < n; i++) {
            if (d[i] == 0) {
                continue;
            }
            String key = drift.get(i).key();
            Trade trade = new Trade(key, d[i] > 0 ? Side.BUY : Side.SELL, Math.abs(d[i]),
                    costs.cost(target(targets, key).assets(), d[i]));
            if (taxLots != null && trade.side() == Side.SELL) {
                trade = taxLots.annotate(trade, portfolio.holdings().stream()
                        .filter(h -> targets.level().key(h).equals(key)).toList());
            }
            trades.add(trade);
            sumAbs += trade.amount();
            cost += trade.cost();
        }
        trades.sort(Comparator.comparing(Trade::side).thenComparing(Comparator.comparingDouble(Trade::amount).reversed()));
        double after = portfolio.totalValue() + settings.contributionUsd();
        boolean sale = trades.stream().anyMatch(tr -> tr.side() == Side.SELL);
        return new RebalancePlan(targets.level(), portfolio.totalValue(), settings.contributionUsd(), drift, trades,
                sale, sumAbs / 2 / after, sumAbs / 2, cost);   // turnover = ½ Σ |trade|
    }

    private static Target target(Targets targets, String key) {
        Target t = targets.find(key);
        return t != null ? t : new Target(key, 0, 0, 0, Map.of(key, 1.0));
    }
}
