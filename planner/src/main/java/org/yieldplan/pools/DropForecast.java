package org.yieldplan.pools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The APY-drop forecast on a date: trains a {@link DropModel} on the pool-days whose outcome is
 * known on that date and gives every listed pool its probability of a drop ({@link DropRule}).
 *
 * <p>What it may read: labels from pool-days dated on or before {@code asOf − 28 days}, features
 * and outcomes from points dated on or before {@code asOf} (the market features, {@link DropMarket}, from every
 * history's points); every later point of every pool is cut off before anything is computed. A listed pool's own figures (APY, reward APY, TVL on the list's date) are
 * its point on that date, in place of the history's.
 *
 * @param learner how the model learns
 */
public record DropForecast(DropLearner learner) {

    /**
     * The learner chosen by rolling-origin validation on dates before 2025-08-01 ({@code DropValidationTest},
     * README "APY-drop forecast").
     */
    public static final DropLearner CHOSEN = new DropLearner.Logistic(DropLearner.Logistic.CHOSEN_L2);

    /** The forecast with the chosen learner. */
    public static DropForecast chosen() {
        return new DropForecast(CHOSEN);
    }

    /**
     * The probability of a drop for each listed pool, in list order.
     *
     * @param histories pool histories (points after {@code asOf} are not read)
     * @param pools     the pool list, dated on or before {@code asOf}
     * @param asOf      the forecast's date
     */
    public Forecasts probDown(Collection<PoolHistory> histories, List<Pool> pools, LocalDate asOf) {
        Map<String, DropFeatures.Marks> marks = new HashMap<>();
        for (Pool p : pools) {
            if (p.date().isAfter(asOf)) {
                throw new IllegalArgumentException("pool " + p.id() + " is dated " + p.date() + ", after the forecast's date "
                        + asOf + ": a forecast reads nothing later than its date");
            }
            marks.put(p.id(), DropFeatures.Marks.of(p));
        }
        List<PoolHistory> known = new ArrayList<>();
        for (PoolHistory h : histories) {
            known.add(h.until(asOf));
        }
        DropMarket market = DropMarket.of(known);
        List<DropExample> training = DropExample.training(known, marks, market, asOf);
        DropModel model = DropModel.train(training, learner);
        Map<String, PoolHistory> byPool = PoolCsv.byPool(known);
        Map<String, Double> out = new LinkedHashMap<>();
        for (Pool p : pools) {
            PoolHistory h = byPool.getOrDefault(p.id(), new PoolHistory(p.id(), List.of()))
                    .with(new PoolPoint(p.date(), p.tvlUsd(), p.apy(), p.apyReward()));
            List<PoolPoint> pts = h.until(p.date()).points();
            out.put(p.id(), model.probDown(DropFeatures.of(pts, pts.size() - 1, marks.get(p.id()), market)));
        }
        return new Forecasts(asOf, out, model.downRate(), training.size());
    }

    /**
     * A forecast's outcome.
     *
     * @param asOf         its date
     * @param probDown     each listed pool's probability of a drop, 0-1, in list order
     * @param downRate     the share of the training pool-days that dropped: the threshold for a yes/no call
     *                     that weighs misses of either kind alike (used for the balanced accuracy)
     * @param trainingDays how many pool-days it learned from
     */
    public record Forecasts(LocalDate asOf, Map<String, Double> probDown, double downRate, int trainingDays) {

        public Forecasts {
            probDown = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(probDown));
        }
    }
}
