package org.yieldplan.pools;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The figures the APY-drop forecast looks at for a pool on a date, each from points dated on or before that date
 * (never a later one): the pool's own points, its fixed marks (stablecoin, IL risk, exposure), the outcomes of its
 * own past days whose outcome window has ended by the date (days up to the date − 28 days), and what all pools did
 * ({@link DropMarket}). Pure.
 *
 * <p>APYs enter as logs of ratios, {@code ln((a + ε)/(b + ε))} with ε = 0.0001 (0.01 % a year), so a
 * zero APY gives a finite figure. Windows are calendar days ending on the date: 7 days is
 * {@code [d − 6, d]}, 30 days {@code [d − 29, d]}.
 */
public final class DropFeatures {

    /**
     * The features' names, in vector order: the set chosen by rolling-origin validation (README "APY-drop forecast";
     * TVL level and trend, age, coverage, the previous point and the 7-day against the 30-day mean were dropped as they
     * did not help, and so were the APY against the median of its project, of pools sharing a token and of all pools
     * that day, the project's TVL flow and recent drops, and base and reward APY against their 30-day means).
     */
    public static final List<String> NAMES = List.of(
            "logApy",          // ln(1 + APY)
            "vsMean7",         // ln((APY + ε)/(7-day mean + ε))
            "vsMean30",        // ln((APY + ε)/(30-day mean + ε))
            "vsMedian30",      // ln((APY + ε)/(30-day median + ε))
            "vsMin30",         // ln((APY + ε)/(30-day minimum + ε))
            "vsMax30",         // ln((APY + ε)/(30-day maximum + ε))
            "cv30",            // 30-day standard deviation / (30-day mean + ε)
            "rewardShare",     // reward APY / APY
            "stablecoin",      // 1, 0, or −1 when not known
            "ilRisk",          // 1, 0, or −1
            "multiExposure",   // 1, 0, or −1
            "pastDownAbove",   // of the pool's known past days with APY above its 30-day mean, the share that dropped,
                               //   (drops + 5 × 0.3) / (days + 5)
            "pastOutcome",     // the mean over its known past days of ln((later mean + ε)/(APY + ε)), each within ±5; 0 if none
            "pastDays",        // ln(1 + its known past days)
            "rewardShareChange30", // the reward share minus the one at its last point at least 30 days before (0 if none)
            "marketTrend30",   // DropMarket.trend30: all pools' median ln(1 + APY) against 30 days before
            "marketDownShare"); // DropMarket.downShare: the share of all pools' days dated d − 34 ... d − 28 that dropped

    private static final double EPS = 1e-4;
    /** A past outcome ln(later / APY) counts at most this far from 0 in {@code pastOutcome}. */
    private static final double OUTCOME_CAP = 5;

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
     * The features on the date of point {@code i}: {@code all(points.subList(0, i + 1), marks, market)[i]}.
     *
     * @param points a pool's points by date (only points 0..i are read)
     * @param i      the index of the point on the date
     * @param marks  the pool's fixed marks
     * @param market what all pools did (read only up to the date)
     */
    public static double[] of(List<PoolPoint> points, int i, Marks marks, DropMarket market) {
        return all(points.subList(0, i + 1), marks, market)[i];
    }

    /**
     * The features on the date of every point; those of point {@code i} read only points 0..i (each past day's
     * outcome is used once its window has ended, on or before the date) and the market up to its date.
     *
     * @param points a pool's points by date
     * @param marks  the pool's fixed marks
     * @param market what all pools did
     */
    public static double[][] all(List<PoolPoint> points, Marks marks, DropMarket market) {
        int n = points.size();
        double[][] out = new double[n][];
        int known = 0;                                   // points 0..known-1 are dated on or before date − 28
        int days = 0;
        int above = 0;
        int aboveDown = 0;
        double outcomes = 0;
        int vsMean30 = NAMES.indexOf("vsMean30");
        for (int i = 0; i < n; i++) {
            PoolPoint now = points.get(i);
            LocalDate lastKnown = DropRule.lastLabelDate(now.date());
            for (; known < i && !points.get(known).date().isAfter(lastKnown); known++) {
                PoolPoint p = points.get(known);
                OptionalDouble later = DropRule.windowMean(points.subList(known, Math.min(i + 1, known + DropRule.WINDOW_END + 1)),
                        p.date());
                if (later.isEmpty()) {
                    continue;
                }
                boolean down = DropRule.down(p.apy(), later.getAsDouble());
                days++;
                outcomes += Math.max(-OUTCOME_CAP, Math.min(OUTCOME_CAP,
                        logRatio(Math.max(0, later.getAsDouble()), Math.max(0, p.apy()))));
                if (out[known][vsMean30] > 0) {
                    above++;
                    aboveDown += down ? 1 : 0;
                }
            }
            out[i] = features(points, i, marks, market, DropMarket.shrunk(aboveDown, above, DropMarket.PRIOR),
                    days == 0 ? 0 : outcomes / days, Math.log1p(days));
        }
        return out;
    }

    private static double[] features(List<PoolPoint> points, int i, Marks marks, DropMarket market,
            double pastDownAbove, double pastOutcome, double pastDays) {
        PoolPoint now = points.get(i);
        double apy = Math.max(0, now.apy());
        double sum7 = 0;
        int n7 = 0;
        double[] last30 = new double[Math.min(i + 1, 30)];
        int n30 = 0;
        double shareBefore = Double.NaN;
        for (int j = i; j >= 0; j--) {
            PoolPoint p = points.get(j);
            long back = ChronoUnit.DAYS.between(p.date(), now.date());
            if (back > 29) {
                shareBefore = rewardShare(p);
                break;
            }
            double a = Math.max(0, p.apy());
            if (back <= 6) {
                sum7 += a;
                n7++;
            }
            if (n30 == last30.length) {                        // more than one point a day
                last30 = Arrays.copyOf(last30, 2 * n30);
            }
            last30[n30++] = a;
        }
        double[] w = Arrays.copyOf(last30, n30);
        Arrays.sort(w);
        double sum30 = 0;
        double sq30 = 0;
        for (double a : w) {
            sum30 += a;
            sq30 += a * a;
        }
        double mean30 = sum30 / n30;
        double median30 = n30 % 2 == 1 ? w[n30 / 2] : (w[n30 / 2 - 1] + w[n30 / 2]) / 2;
        double sd30 = Math.sqrt(Math.max(0, sq30 / n30 - mean30 * mean30));
        return new double[] {
            Math.log1p(apy),
            logRatio(apy, sum7 / n7),
            logRatio(apy, mean30),
            logRatio(apy, median30),
            logRatio(apy, w[0]),
            logRatio(apy, w[n30 - 1]),
            sd30 / (mean30 + EPS),
            rewardShare(now),
            marks.stablecoin(),
            marks.ilRisk(),
            marks.multi(),
            pastDownAbove,
            pastOutcome,
            pastDays,
            Double.isNaN(shareBefore) ? 0 : rewardShare(now) - shareBefore,
            market.trend30(now.date()),
            market.downShare(now.date())
        };
    }

    /** Reward APY / APY, within 0-1; 0 when the APY is not positive. */
    private static double rewardShare(PoolPoint p) {
        double apy = Math.max(0, p.apy());
        return apy > 0 ? Math.min(1, Math.max(0, p.apyReward() / apy)) : 0;
    }

    /** ln((a + ε)/(b + ε)). */
    static double logRatio(double a, double b) {
        return Math.log((a + EPS) / (b + EPS));
    }
}
