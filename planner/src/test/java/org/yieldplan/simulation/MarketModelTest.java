package org.yieldplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Correlations;
import org.yieldplan.market.Position;
import org.yieldplan.market.YieldRange;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.withdrawal.BucketPath;

/** With many months of draws, the simulated returns, yields and failures match their inputs within sampling error. */
class MarketModelTest {

    private static final Correlations CATALOG = SampleFiles.catalog().correlations();
    private static final int PATHS = 1_000;
    private static final int MONTHS = 480;
    private static final double SIGMAS = 4.5;

    /** BTC, ETH, SOL, each alone in a bucket, and an ETH/USDC pool whose value moves with √(ETH/USDC). */
    private static List<Position> positions() {
        Position lp = new Position(Holding.ofValue("ETH/USDC", Bucket.LIQUIDITY, 100), YieldRange.flat(0.1), 0, "test", 0,
                "ETH", true, 0.8, 0.03, 0, 0, 0, 0, 1e12, null);
        return List.of(TestPositions.of("BTC", Bucket.GROWTH, 100, 0, 0.7, 0.05, 0, 0, 0),
                TestPositions.of("ETH", Bucket.STAKING, 100, 0.04, 0.8, 0.06, 0.01, 0.12, 0.25),
                TestPositions.of("SOL", Bucket.LENDING, 100, 0.05, 1.0, 0.02, 0, 0, 0),
                lp);
    }

    @Test
    void simulatedLogReturns_matchDriftVolatilityAndCorrelations() {
        double[][] r = draws(Shocks.NORMAL);
        // bucket order: staking (ETH), lending (SOL), liquidity (ETH/USDC LP), growth (BTC)
        // log drift: the median growth g of each price; the LP's is half its leg's
        double[] mu = {0.06, 0.02, 0.06 / 2, 0.05};
        double[] sigma = {0.8, 1.0, 0.4, 0.7};                               // LP: half the leg's volatility
        checkMoments(r, mu, sigma, 0);
        double n = r[0].length;
        double[][] rho = {{1, CATALOG.between("ETH", "SOL"), 1, CATALOG.between("ETH", "BTC")},
            {0, 1, CATALOG.between("SOL", "ETH"), CATALOG.between("SOL", "BTC")},
            {0, 0, 1, CATALOG.between("ETH", "BTC")}};
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 4; j++) {
                double se = Math.max(1e-9, (1 - rho[i][j] * rho[i][j]) / Math.sqrt(n));   // SE of a correlation
                assertThat(correlation(r[i], r[j])).as("corr %d %d", i, j).isCloseTo(rho[i][j], within(SIGMAS * se + 1e-9));
            }
        }
    }

    @Test
    void basePath_growsAtTheMedianRate_theMedianOfTheSimulatedGrowth() {
        MarketModel m = MarketModel.of(positions(), CATALOG, Shocks.NORMAL, 8);
        BucketPath base = new BucketPath(m.buckets(), MONTHS);
        m.median(base);
        // median log growth g: the catalog's figure for a price; half the leg's for the ETH/USDC pool
        double[] median = {0.06, 0.02, 0.06 / 2, 0.05};
        double[] sigma = {0.8, 1.0, 0.4, 0.7};
        double[][] r = draws(Shocks.NORMAL);
        for (int k = 0; k < median.length; k++) {
            assertThat(base.growth[k]).as("base %d", k).isCloseTo(Math.exp(median[k] / 12), within(1e-12));
            double[] sorted = r[k].clone();
            java.util.Arrays.sort(sorted);
            double simulated = sorted[sorted.length / 2];
            // standard error of a sample median of normals: √(π/2)·σ/√n, σ the monthly sd
            double se = Math.sqrt(Math.PI / 2) * sigma[k] / Math.sqrt(12) / Math.sqrt(sorted.length);
            assertThat(simulated).as("median log growth %d", k).isCloseTo(Math.log(base.growth[k]), within(SIGMAS * se));
        }
    }

    @Test
    void expectedPath_growsAtTheMeanReturn_theMeanOfTheSimulatedGrowth() {
        MarketModel m = MarketModel.of(positions(), CATALOG, Shocks.NORMAL, 8);
        BucketPath base = new BucketPath(m.buckets(), MONTHS);
        m.expected(base);
        // mean return a: μ = g + σ²/2 for a price; g/2 + σ²/8 for the ETH/USDC pool (e^(g/2 + (σ/2)²/2) to first order)
        double[] a = {0.06 + 0.8 * 0.8 / 2, 0.02 + 1.0 / 2, 0.06 / 2 + 0.8 * 0.8 / 8, 0.05 + 0.7 * 0.7 / 2};
        double[][] r = draws(Shocks.NORMAL);
        for (int k = 0; k < a.length; k++) {
            assertThat(base.growth[k]).as("expected %d", k).isCloseTo(Math.exp(a[k] / 12), within(1e-12));
            double[] g = java.util.Arrays.stream(r[k]).map(Math::exp).toArray();
            assertThat(mean(g)).as("mean growth %d", k)
                    .isCloseTo(base.growth[k], within(SIGMAS * sd(g) / Math.sqrt(g.length)));
        }
    }

    @Test
    void antitheticPartner_takesTheOppositeShocks_withItsOwnFailures() {
        MarketModel m = MarketModel.of(positions(), CATALOG, Shocks.STUDENT_T, 8);
        int b = m.buckets();
        BucketPath first = new BucketPath(b, MONTHS);
        BucketPath second = new BucketPath(b, MONTHS);
        long mirrored = 0;
        long unshared = 0;
        for (int i = 0; i < 50; i++) {
            m.simulate(generator(i), generator(-1 - i), generator(-1_000_000 - i), first, second);
            boolean floored = false;
            for (int t = 0; t < MONTHS; t++) {
                for (int k = 0; k < b; k++) {
                    // ln g₁ + ln g₂ = (m/12 + s) + (m/12 − s) = 2·m/12 whatever the shock s
                    assertThat(Math.log(first.growth[t * b + k]) + Math.log(second.growth[t * b + k]))
                            .isCloseTo(2 * m.drifts()[k] / 12, within(1e-12));
                }
                double apy1 = first.apy[t * b];                              // staking: base 4 %, yield volatility 1 %
                double apy2 = second.apy[t * b];
                floored |= apy1 == 0 || apy2 == 0;
                if (!floored) {                                              // deviations from base opposite until a floor
                    assertThat(apy1 + apy2).as("path %d month %d", i, t).isCloseTo(2 * 0.04, within(1e-12));
                    mirrored++;
                }
                unshared += (first.loss[t * b] > 0) != (second.loss[t * b] > 0) ? 1 : 0;
            }
        }
        assertThat(mirrored).isGreaterThan(50 * MONTHS / 2);
        assertThat(unshared).as("failures are drawn per path, not shared by the pair").isPositive();
    }

    @Test
    void studentTShocks_keepTheVarianceButFattenTheTails() {
        double[][] r = draws(Shocks.STUDENT_T);
        checkMoments(r, new double[] {0.06, 0.02, 0.06 / 2, 0.05},
                new double[] {0.8, 1.0, 0.4, 0.7}, 6.0 / (8 - 4));
        double[][] normal = draws(Shocks.NORMAL);
        assertThat(kurtosis(r[3])).isGreaterThan(kurtosis(normal[3]) + 0.5);  // t(8): excess kurtosis 1.5
    }

    @Test
    void failures_happenAtPOverTwelveAMonth_andCostTheirShare() {
        MarketModel m = MarketModel.of(positions(), CATALOG, Shocks.NORMAL, 8);
        BucketPath path = new BucketPath(m.buckets(), MONTHS);
        long events = 0;
        for (int i = 0; i < PATHS; i++) {
            simulate(m, i, path);
            for (int t = 0; t < MONTHS; t++) {
                double loss = path.loss[t * m.buckets()];                     // staking bucket: ETH, p = 12 %, LGD 25 %
                if (loss > 0) {
                    events++;
                    assertThat(loss).isEqualTo(0.25);
                }
                assertThat(path.loss[t * m.buckets() + 1]).isZero();
            }
        }
        double n = (double) PATHS * MONTHS;
        double q = 0.12 / 12;
        assertThat(events / n).isCloseTo(q, within(SIGMAS * Math.sqrt(q * (1 - q) / n)));
    }

    @Test
    void yields_revertToTheirBase_withTheCatalogsYieldVolatility() {
        MarketModel m = MarketModel.of(positions(), CATALOG, Shocks.NORMAL, 8);
        BucketPath path = new BucketPath(m.buckets(), MONTHS);
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int i = 0; i < 200; i++) {
            simulate(m, i, path);
            for (int t = 120; t < MONTHS; t += 12) {                          // a year apart: nearly independent
                double a = path.apy[t * m.buckets()];
                sum += a;
                sq += a * a;
                n++;
            }
        }
        double mean = sum / n;
        double sd = Math.sqrt(sq / n - mean * mean);
        assertThat(mean).isCloseTo(0.04, within(SIGMAS * 0.01 / Math.sqrt(n) * 2));
        assertThat(sd).isCloseTo(0.01, within(0.1 * 0.01));
    }

    private static double[][] draws(Shocks shocks) {
        MarketModel m = MarketModel.of(positions(), CATALOG, shocks, 8);
        assertThat(m.bucketList()).containsExactly(Bucket.STAKING, Bucket.LENDING, Bucket.LIQUIDITY, Bucket.GROWTH);
        int b = m.buckets();
        double[][] r = new double[b][PATHS * MONTHS];
        BucketPath path = new BucketPath(b, MONTHS);
        for (int i = 0; i < PATHS; i++) {
            simulate(m, i, path);
            for (int t = 0; t < MONTHS; t++) {
                for (int k = 0; k < b; k++) {
                    r[k][i * MONTHS + t] = Math.log(path.growth[t * b + k]);
                }
            }
        }
        return r;
    }

    /** Path i: the first of pair i (its own normals and failure times); the antithetic partner is discarded. */
    private static void simulate(MarketModel m, int i, BucketPath path) {
        m.simulate(generator(i), generator(-1 - i), generator(-1_000_000 - i), path, new BucketPath(m.buckets(), path.months()));
    }

    private static RandomGenerator generator(int i) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(1234L + i);
    }

    /** Mean (log drift)/12 within 4.5 standard errors σ_m/√n; standard deviation σ/√12 within 4.5·σ_m·√((2 + κ)/4n). */
    private static void checkMoments(double[][] r, double[] mu, double[] sigma, double excessKurtosis) {
        for (int k = 0; k < r.length; k++) {
            double n = r[k].length;
            double monthlySd = sigma[k] / Math.sqrt(12);
            assertThat(mean(r[k])).as("mean %d", k).isCloseTo(mu[k] / 12, within(SIGMAS * monthlySd / Math.sqrt(n)));
            assertThat(sd(r[k])).as("sd %d", k).isCloseTo(monthlySd,
                    within(SIGMAS * monthlySd * Math.sqrt((2 + excessKurtosis) / (4 * n))));
        }
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / (x.length - 1));
    }

    private static double correlation(double[] x, double[] y) {
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double kurtosis(double[] x) {
        double m = mean(x);
        double s2 = 0;
        double s4 = 0;
        for (double v : x) {
            double d = (v - m) * (v - m);
            s2 += d;
            s4 += d * d;
        }
        s2 /= x.length;
        s4 /= x.length;
        return s4 / (s2 * s2) - 3;
    }
}
