package org.yieldplan.pools;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
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

    /**
     * The features' names, in vector order: the set chosen by rolling-origin validation (README "APY-drop forecast";
     * TVL level and trend, age, coverage, the previous point and the 7-day against the 30-day mean were dropped as they
     * did not help).
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
        double[] last30 = new double[Math.min(i + 1, 30)];
        int n30 = 0;
        for (int j = i; j >= 0; j--) {
            PoolPoint p = points.get(j);
            long back = ChronoUnit.DAYS.between(p.date(), now.date());
            if (back > 29) {
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
            apy > 0 ? Math.min(1, Math.max(0, now.apyReward() / apy)) : 0,
            marks.stablecoin(),
            marks.ilRisk(),
            marks.multi()
        };
    }

    /** ln((a + ε)/(b + ε)). */
    static double logRatio(double a, double b) {
        return Math.log((a + EPS) / (b + EPS));
    }
}
