package org.yieldplan.pools;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The figures the APY-drop forecast looks at for a pool on a date, each from the pool's own points
 * up to that date (never a later one) and its fixed marks (stablecoin, IL risk, exposure). Pure.
 *
 * <p>APYs enter as logs of ratios, {@code ln((a + ε)/(b + ε))} with ε = 0.0001 (0.01 % a year), so a
 * zero APY gives a finite figure. Windows are calendar days ending on the date: 7 days is
 * {@code [d − 6, d]}, 30 days {@code [d − 29, d]}.
 */
public final class DropFeatures {

    /** The features' names, in vector order. */
    public static final List<String> NAMES = List.of(
            "logApy",          // ln(1 + APY)
            "vsMean7",         // ln((APY + ε)/(7-day mean + ε))
            "vsMean30",        // ln((APY + ε)/(30-day mean + ε))
            "vsMin30",         // ln((APY + ε)/(30-day minimum + ε))
            "vsMax30",         // ln((APY + ε)/(30-day maximum + ε))
            "mean7vsMean30",   // ln((7-day mean + ε)/(30-day mean + ε))
            "vsPrevious",      // ln((APY + ε)/(previous point's APY + ε))
            "cv30",            // 30-day standard deviation / (30-day mean + ε)
            "rewardShare",     // reward APY / APY
            "logTvl",          // ln(1 + TVL)
            "tvlTrend7",       // ln(TVL / TVL 7 days before), 0 without a point then
            "tvlTrend30",      // ln(TVL / TVL 30 days before)
            "logAge",          // ln(1 + days since the first point)
            "coverage30",      // points in the last 30 days / 30
            "stablecoin",      // 1, 0, or −1 when not known
            "ilRisk",          // 1, 0, or −1
            "multiExposure");  // 1, 0, or −1

    private static final double EPS = 1e-4;

    private DropFeatures() {
    }

    /**
     * The fixed marks of a pool, as DeFiLlama's pool list gives them.
     *
     * @param stablecoin 1 stablecoins only, 0 not, −1 not known
     * @param ilRisk     1 with impermanent-loss risk, 0 without, −1 not known
     * @param multi      1 several tokens, 0 one, −1 not known
     */
    public record Marks(int stablecoin, int ilRisk, int multi) {

        /** Nothing known. */
        public static final Marks UNKNOWN = new Marks(-1, -1, -1);

        /** The marks of a listed pool. */
        public static Marks of(Pool p) {
            return new Marks(p.stablecoin() ? 1 : 0, p.ilRisk() == null ? -1 : p.hasIlRisk() ? 1 : 0,
                    p.exposure() == null ? -1 : p.multiExposure() ? 1 : 0);
        }
    }

    /**
     * The features on the date of point {@code i}.
     *
     * @param points a pool's points by date (only points 0..i are read)
     * @param i      the index of the point on the date
     * @param marks  the pool's fixed marks
     */
    public static double[] of(List<PoolPoint> points, int i, Marks marks) {
        PoolPoint now = points.get(i);
        double apy = Math.max(0, now.apy());
        double sum7 = 0;
        int n7 = 0;
        double sum30 = 0;
        double sq30 = 0;
        int n30 = 0;
        double min30 = Double.POSITIVE_INFINITY;
        double max30 = 0;
        double tvl7 = Double.NaN;
        double tvl30 = Double.NaN;
        for (int j = i; j >= 0; j--) {
            PoolPoint p = points.get(j);
            long back = ChronoUnit.DAYS.between(p.date(), now.date());
            double a = Math.max(0, p.apy());
            if (back <= 6) {
                sum7 += a;
                n7++;
            }
            if (back <= 29) {
                sum30 += a;
                sq30 += a * a;
                n30++;
                min30 = Math.min(min30, a);
                max30 = Math.max(max30, a);
            }
            if (back >= 7 && Double.isNaN(tvl7)) {
                tvl7 = p.tvlUsd();
            }
            if (back >= 30) {
                tvl30 = p.tvlUsd();
                break;
            }
        }
        double mean7 = sum7 / n7;
        double mean30 = sum30 / n30;
        double sd30 = Math.sqrt(Math.max(0, sq30 / n30 - mean30 * mean30));
        double previous = i > 0 ? Math.max(0, points.get(i - 1).apy()) : apy;
        long age = ChronoUnit.DAYS.between(points.get(0).date(), now.date());
        return new double[] {
            Math.log1p(apy),
            logRatio(apy, mean7),
            logRatio(apy, mean30),
            logRatio(apy, min30),
            logRatio(apy, max30),
            logRatio(mean7, mean30),
            logRatio(apy, previous),
            sd30 / (mean30 + EPS),
            apy > 0 ? Math.min(1, Math.max(0, now.apyReward() / apy)) : 0,
            Math.log1p(Math.max(0, now.tvlUsd())),
            tvlTrend(now.tvlUsd(), tvl7),
            tvlTrend(now.tvlUsd(), tvl30),
            Math.log1p(age),
            n30 / 30.0,
            marks.stablecoin(),
            marks.ilRisk(),
            marks.multi()
        };
    }

    /** ln((a + ε)/(b + ε)). */
    static double logRatio(double a, double b) {
        return Math.log((a + EPS) / (b + EPS));
    }

    /** ln(now / before), 0 when there is no earlier figure or either is not above zero. */
    static double tvlTrend(double now, double before) {
        return Double.isNaN(before) || !(now > 0) || !(before > 0) ? 0 : Math.log(now / before);
    }
}
