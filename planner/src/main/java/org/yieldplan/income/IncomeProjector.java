package org.yieldplan.income;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.market.Position;
import org.yieldplan.market.YieldRange;
import org.yieldplan.portfolio.Bucket;

/**
 * Projects a portfolio's income: stateless, pure.
 *
 * <p>Model: each bucket compounds as one unit at its value-weighted base APY (reinvested income
 * is spread over the bucket's positions in proportion), prices are held constant, and
 * contributions are split by the buckets' starting weights. See {@link ScheduleRow} for the
 * monthly formulas and their timing.
 */
public final class IncomeProjector {

    /**
     * The projection over the settings' horizon.
     *
     * @param positions        the positions with their assumptions
     * @param settings         horizon, contributions, tax, reinvested share, inflation
     * @param goalAnnualIncome income goal in USD a year, or null
     */
    public IncomeProjection project(List<Position> positions, ProjectionSettings settings, Double goalAnnualIncome) {
        return new IncomeProjection(summary(positions, settings.taxRate(), goalAnnualIncome), schedule(positions, settings));
    }

    /**
     * Headline figures: blended APY = Σ vᵢ·APYᵢ / Σ vᵢ (each case), annual income = value × blended APY,
     * monthly = annual / 12, net APY = blended − Σ vᵢ·pᵢ·LGDᵢ / Σ vᵢ, real APY = Σ vᵢ·((1+APYᵢ)/(1+infᵢ) − 1) / Σ vᵢ,
     * required yield = goal / value.
     */
    public IncomeSummary summary(List<Position> positions, double taxRate, Double goalAnnualIncome) {
        double total = positions.stream().mapToDouble(Position::value).sum();
        if (!(total > 0)) {
            throw new IllegalArgumentException("holdings: the portfolio's total value is zero");
        }
        YieldRange blended = weighted(positions, total);
        double lossRate = positions.stream().mapToDouble(p -> p.value() * p.expectedLossRate()).sum() / total;
        double realApy = positions.stream().mapToDouble(p -> p.value() * p.realApy()).sum() / total;
        YieldRange annual = blended.times(total);
        List<BucketIncome> buckets = new ArrayList<>();
        byBucket(positions).forEach((bucket, ps) -> {
            double v = ps.stream().mapToDouble(Position::value).sum();
            YieldRange apy = v > 0 ? weighted(ps, v) : YieldRange.flat(0);
            double reward = v > 0 ? ps.stream().mapToDouble(p -> p.value() * p.rewardApy()).sum() / v : 0;
            double rewardShare = apy.base() > 0 ? reward / apy.base() : 0;
            double loss = v > 0 ? ps.stream().mapToDouble(p -> p.value() * p.expectedLossRate()).sum() / v : 0;
            YieldRange income = apy.times(v);
            buckets.add(new BucketIncome(bucket, v / total, v, apy, income, income.times(1.0 / 12), rewardShare, loss));
        });
        Double required = goalAnnualIncome == null ? null : YieldMath.requiredYield(goalAnnualIncome, total);
        return new IncomeSummary(total, blended, annual, annual.times(1.0 / 12), lossRate,
                blended.map(a -> a - lossRate), realApy, taxRate, annual.times(1 - taxRate), goalAnnualIncome,
                required, buckets);
    }

    /** The monthly schedule per bucket and in total, with annual totals (formulas in {@link ScheduleRow}). */
    public IncomeSchedule schedule(List<Position> positions, ProjectionSettings s) {
        Map<Bucket, List<Position>> groups = byBucket(positions);
        int n = groups.size();
        Bucket[] buckets = groups.keySet().toArray(new Bucket[0]);
        double[] value = new double[n];
        double[] apy = new double[n];
        double[] lossRate = new double[n];
        double total = 0;
        for (int b = 0; b < n; b++) {
            List<Position> ps = groups.get(buckets[b]);
            value[b] = ps.stream().mapToDouble(Position::value).sum();
            apy[b] = value[b] > 0 ? ps.stream().mapToDouble(p -> p.value() * p.apy().base()).sum() / value[b] : 0;
            lossRate[b] = value[b] > 0 ? ps.stream().mapToDouble(p -> p.value() * p.expectedLossRate()).sum() / value[b] : 0;
            total += value[b];
        }
        double[] share = new double[n];
        for (int b = 0; b < n; b++) {
            share[b] = total > 0 ? value[b] / total : 1.0 / n;
        }
        List<ScheduleRow> months = new ArrayList<>(s.months() * (n + 1));
        List<ScheduleRow> years = new ArrayList<>();
        for (int m = 1; m <= s.months(); m++) {
            double contribution = s.contributions().inMonth(m);
            double deflator = Math.pow(1 + s.inflation(), m / 12.0);   // today's dollars = nominal / (1+inflation)^(m/12)
            double[] t = new double[8];
            for (int b = 0; b < n; b++) {
                double start = value[b];
                double added = contribution * share[b];
                double invested = start + added;
                double gross = invested * apy[b] / 12;                   // value × APY / 12
                double loss = invested * lossRate[b] / 12;               // value × p × LGD / 12
                double tax = gross * s.taxRate();
                double reinvested = (gross - tax) * s.reinvestedShare();
                double paid = gross - tax - reinvested;
                value[b] = invested + reinvested - loss;
                months.add(new ScheduleRow(m, buckets[b].id(), start, added, gross, loss, tax, reinvested, paid,
                        value[b], paid / deflator, value[b] / deflator));
                double[] row = {start, added, gross, loss, tax, reinvested, paid, value[b]};
                for (int k = 0; k < row.length; k++) {
                    t[k] += row[k];
                }
            }
            months.add(new ScheduleRow(m, IncomeSchedule.TOTAL, t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7],
                    t[6] / deflator, t[7] / deflator));
        }
        for (int y = 1; (y - 1) * 12 < s.months(); y++) {
            for (int b = 0; b <= n; b++) {
                years.add(yearRow(months, y, b, n + 1, s));
            }
        }
        return new IncomeSchedule(months, years);
    }

    /** Sum of the flows of year y's months for the row at offset b of each month's group. */
    private static ScheduleRow yearRow(List<ScheduleRow> months, int year, int b, int group, ProjectionSettings s) {
        int first = (year - 1) * 12;
        int last = Math.min(year * 12, s.months());
        ScheduleRow start = months.get(first * group + b);
        ScheduleRow end = months.get((last - 1) * group + b);
        double added = 0;
        double gross = 0;
        double loss = 0;
        double tax = 0;
        double reinvested = 0;
        double paid = 0;
        double paidReal = 0;
        for (int m = first; m < last; m++) {
            ScheduleRow r = months.get(m * group + b);
            added += r.contribution();
            gross += r.grossIncome();
            loss += r.expectedLoss();
            tax += r.tax();
            reinvested += r.reinvested();
            paid += r.paidOut();
            paidReal += r.paidOutReal();
        }
        return new ScheduleRow(year, start.bucket(), start.startValue(), added, gross, loss, tax, reinvested, paid,
                end.endValue(), paidReal, end.endValueReal());
    }

    private static YieldRange weighted(List<Position> ps, double total) {
        YieldRange sum = YieldRange.flat(0);
        for (Position p : ps) {
            sum = sum.plus(p.apy().times(p.value()));
        }
        return sum.times(1 / total);
    }

    private static Map<Bucket, List<Position>> byBucket(List<Position> positions) {
        Map<Bucket, List<Position>> out = new EnumMap<>(Bucket.class);
        for (Position p : positions) {
            out.computeIfAbsent(p.bucket(), b -> new ArrayList<>()).add(p);
        }
        return out;
    }
}
