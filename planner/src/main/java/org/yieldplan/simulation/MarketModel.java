package org.yieldplan.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.yieldplan.market.Correlations;
import org.yieldplan.market.Position;
import org.yieldplan.market.PriceLeg;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.withdrawal.BucketPath;
import org.yieldplan.withdrawal.PlanLedger;

/**
 * The market per bucket, month by month (DESIGN.md, "The Monte Carlo model"), with each bucket a fixed-weight
 * basket of its positions (at most six buckets, so a path is a few primitive arrays).
 *
 * <p><b>Prices.</b> As DESIGN.md: the catalog's drift μ is the expected annual return of a geometric Brownian
 * motion (E[P_t] = P₀·e^(μt)), so a price's monthly log-return is {@code μ/12 − σ²/24 + σ/√12·z}: its log drift is
 * μ − σ²/2, and with the catalog's 60-130 % volatilities the median path falls even where the mean rises. Position i
 * has mean return aᵢ and volatility σᵢ
 * loaded on its price asset: its own (aᵢ = μ), or for a liquidity position, whose value moves with √(price ratio),
 * half the leg's log-return (σᵢ = σ/2, aᵢ = μ/2 − σ²/8). A bucket held at fixed weights has mean return Σ ωᵢaᵢ and
 * log drift m_b = Σ ωᵢaᵢ − σ_b²/2 and loadings l_b = Σ ωᵢσᵢ e(assetᵢ) (ω the
 * value weights in the bucket), covariance Σ_B = L C Lᵀ with C the catalog's correlations of the assets held
 * (checked positive definite by Cholesky), factored by a rectangular Cholesky root R (R Rᵀ = Σ_B). Monthly
 * log-return: {@code m_b/12 + (R e)_b/√12}, e independent standard normals, or for Student-t shocks
 * {@code e·√((ν − 2)/V)} with V = Σ of ν squared normals (chi-square, shared by all buckets: a multivariate t with
 * unit variance).
 *
 * <p><b>Yields.</b> APY_b mean-reverts to its base Σ ωᵢ·APYᵢ with a half-life of one year, stepped each quarter
 * (for speed: a third of the draws) and held for the quarter's three months: {@code x ← base + φ(x − base) + s·ε},
 * φ = 2^(−3/12), s = yieldVol·√(1 − φ²) so its long-run standard deviation is the catalog's yield volatility
 * (Σ ωᵢ·yieldVolᵢ) — the same process as a monthly one, observed quarterly; floored at zero.
 *
 * <p><b>Failures.</b> Position i fails in a month with probability pᵢ/12 and the bucket loses ωᵢ·LGDᵢ of its value;
 * at most one failure per bucket per month (sampled by geometric waiting times, so rare events cost nothing).
 *
 * <p><b>Pairs.</b> Paths are made two at a time, antithetic: the second path takes every shock negated (prices
 * and yields), so its growth is e^(m/12)/e^(σz/√12): one exp and one set of normals serve both. Each path of the
 * pair draws its own failures.
 *
 * <p><b>Base case</b> ({@link #median}): the median price path, growth e^(m_b/12) a month (for a bucket of one
 * asset e^((μ − σ²/2)/12), its median growth), APY at base, the expected loss Σ (pᵢ/12)·ωᵢ·LGDᵢ each month. The mean
 * path is never the base case: at crypto volatilities most paths end far below it. With zero volatility, constant
 * yields and no failures a simulated path equals the base case exactly.
 */
public final class MarketModel {

    /** Months between APY updates. */
    static final int YIELD_STEP = 3;
    /** Quarterly persistence of the APY's deviation from base: half-life one year. */
    static final double YIELD_PERSISTENCE = Math.pow(0.5, YIELD_STEP / 12.0);
    private static final double ROOT_12 = Math.sqrt(12);
    /** The largest share a temporary jump takes (it must be undone the next month). */
    private static final double MAX_TEMPORARY = 0.99;

    private final Bucket[] buckets;
    private final double[] values;
    private final double[] liquid;
    private final double[] mu;
    private final double[] variance;
    private final double[] monthlyGrowth;
    private final double[][] root;
    /** R row by row in one array (bucket b's row at b·rank), zeros as +0: the monthly shocks' loop reads it in order. */
    private final double[] rootRows;
    private final int rank;
    private final double[] apyBase;
    private final double[] apyTarget;
    private final double[] apyShock;
    private final String[] assets;
    private final double[][] exposure;
    private final double[][] jumpShare;
    private final double[] jumpMonthly;
    private final boolean[] jumpPermanent;
    private final double[][] failureMonthly;
    private final double[][] failureLoss;
    private final double[] anyFailure;
    private final Shocks shocks;
    private final int dof;

    private MarketModel(List<BucketBasket> baskets, double[][] cov, List<String> assetNames, List<PriceLeg> assetLegs,
                        Shocks shocks, int dof) {
        int n = baskets.size();
        this.assets = assetNames.toArray(String[]::new);
        this.exposure = new double[n][];
        this.jumpShare = new double[n][];
        this.jumpMonthly = assetLegs.stream().mapToDouble(l -> l.jumpProbability() / 12).toArray();   // q = p/12
        this.jumpPermanent = new boolean[assets.length];
        for (int a = 0; a < assets.length; a++) {
            jumpPermanent[a] = assetLegs.get(a).jumpPermanent();
        }
        this.apyTarget = new double[n];
        this.buckets = new Bucket[n];
        this.values = new double[n];
        this.liquid = new double[n];
        this.mu = new double[n];
        this.variance = new double[n];
        this.monthlyGrowth = new double[n];
        this.apyBase = new double[n];
        this.apyShock = new double[n];
        this.failureMonthly = new double[n][];
        this.failureLoss = new double[n][];
        this.anyFailure = new double[n];
        for (int b = 0; b < n; b++) {
            BucketBasket k = baskets.get(b);
            buckets[b] = k.bucket;
            values[b] = k.value;
            liquid[b] = k.liquid;
            variance[b] = cov[b][b];
            mu[b] = k.mean - variance[b] / 2;                               // log drift of the basket: mean − σ_b²/2
            monthlyGrowth[b] = Math.exp(mu[b] / 12);                         // e^(m/12), the growth with no shock
            apyBase[b] = k.apy;
            apyTarget[b] = k.sustainableApy;
            exposure[b] = k.exposure;
            jumpShare[b] = k.jumpShare;
            apyShock[b] = k.yieldVol * Math.sqrt(1 - YIELD_PERSISTENCE * YIELD_PERSISTENCE);   // s = vol·√(1 − φ²)
            failureMonthly[b] = k.q;
            failureLoss[b] = k.loss;
            for (double q : k.q) {
                anyFailure[b] += q;
            }
        }
        this.root = BucketCovariance.root(cov);
        this.rank = root.length == 0 ? 0 : root[0].length;
        this.rootRows = new double[n * rank];
        for (int b = 0; b < n; b++) {
            for (int r = 0; r < rank; r++) {
                rootRows[b * rank + r] = root[b][r] == 0 ? 0 : root[b][r];   // −0 as +0: equal roots compare equal
            }
        }
        this.shocks = shocks;
        this.dof = dof;
    }

    /**
     * The model for a set of positions.
     *
     * @throws IllegalArgumentException "correlations.matrix: ..." when the assets' correlations are not positive definite
     */
    public static MarketModel of(List<Position> positions, Correlations correlations, Shocks shocks, int degreesOfFreedom) {
        Map<Bucket, List<Position>> groups = new EnumMap<>(Bucket.class);
        for (Position p : positions) {
            if (p.value() > 0) {
                groups.computeIfAbsent(p.bucket(), x -> new ArrayList<>()).add(p);
            }
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("holdings: the portfolio's total value is zero");
        }
        List<String> assets = new ArrayList<>();
        List<PriceLeg> assetLegs = new ArrayList<>();
        for (Position p : positions) {
            for (PriceLeg l : p.legs()) {
                String a = l.asset().toUpperCase(Locale.ROOT);
                if (!assets.contains(a)) {
                    assets.add(a);
                    assetLegs.add(l);
                }
            }
        }
        double[][] c = BucketCovariance.correlationMatrix(assets, correlations);
        List<BucketBasket> baskets = new ArrayList<>();
        groups.forEach((bucket, ps) -> baskets.add(new BucketBasket(bucket, ps, assets, c)));
        int n = baskets.size();
        double[][] cov = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cov[i][j] = BucketCovariance.quadratic(baskets.get(i).loading, c, baskets.get(j).loading);   // lᵢᵀ C lⱼ
            }
        }
        return new MarketModel(baskets, cov, assets, assetLegs, shocks, degreesOfFreedom);
    }

    /**
     * The per-bucket factors that turn this model's monthly growths into {@code other}'s, when the two differ in their
     * drifts alone (the same buckets, values, volatilities and correlations, yields, failures, jumps and shocks): a
     * path of {@code other} is then a path of this model, from the same draws, with each bucket's growths times its
     * factor e^((m' − m)/12) (equal to a path drawn from {@code other} up to rounding in the last bit). Null when
     * they differ in anything else.
     */
    public double[] driftFactors(MarketModel other) {
        boolean same = Arrays.equals(buckets, other.buckets) && Arrays.equals(values, other.values)
                && Arrays.equals(liquid, other.liquid) && Arrays.equals(variance, other.variance)
                && rank == other.rank && Arrays.equals(rootRows, other.rootRows) && Arrays.equals(apyBase, other.apyBase)
                && Arrays.equals(apyTarget, other.apyTarget) && Arrays.equals(apyShock, other.apyShock)
                && Arrays.equals(assets, other.assets) && Arrays.deepEquals(exposure, other.exposure)
                && Arrays.deepEquals(jumpShare, other.jumpShare) && Arrays.equals(jumpMonthly, other.jumpMonthly)
                && Arrays.equals(jumpPermanent, other.jumpPermanent)
                && Arrays.deepEquals(failureMonthly, other.failureMonthly)
                && Arrays.deepEquals(failureLoss, other.failureLoss) && Arrays.equals(anyFailure, other.anyFailure)
                && shocks == other.shocks && dof == other.dof;
        if (!same) {
            return null;
        }
        double[] f = new double[buckets.length];
        for (int b = 0; b < f.length; b++) {
            f[b] = other.monthlyGrowth[b] / monthlyGrowth[b];
        }
        return f;
    }

    /** Number of buckets. */
    public int buckets() {
        return buckets.length;
    }

    /** The buckets, in the model's order. */
    public List<Bucket> bucketList() {
        return List.of(buckets);
    }

    /** Each bucket's starting value, USD. */
    public double[] values() {
        return values.clone();
    }

    /** Each bucket's share that can be sold within a month (lock-up of at most {@value PlanLedger#MONTH_DAYS} days). */
    public double[] liquidShares() {
        return liquid.clone();
    }

    /** Each bucket's annual log drift m_b = Σ ωᵢaᵢ − σ_b²/2, a fraction. */
    public double[] drifts() {
        return mu.clone();
    }

    /** Each bucket's annual volatility σ_b of log-returns, a fraction. */
    public double[] volatilities() {
        double[] s = new double[variance.length];
        for (int b = 0; b < s.length; b++) {
            s[b] = Math.sqrt(variance[b]);
        }
        return s;
    }

    /** Correlation of two buckets' log-returns, (R Rᵀ)_ij / (σᵢσⱼ); 0 when either does not move. */
    public double correlation(int i, int j) {
        double s = 0;
        for (int r = 0; r < root[i].length; r++) {
            s += root[i][r] * root[j][r];
        }
        double d = Math.sqrt(variance[i] * variance[j]);
        return d > 0 ? s / d : 0;
    }

    /**
     * Fills a path with the base case: the mean growth e^(m/12 + σ²/24) less the expected permanent jumps
     * (1 − Σₐ qₐ·sₐ, a temporary depeg recovers and nets out), the APY's expected path (reverting from the headline to
     * the sustainable part), the expected loss each month.
     */
    public void expected(BucketPath path) {
        fill(path, true);
    }

    /**
     * Fills a path with the median case: the median growth e^(m/12) a month, the APY's expected path, the expected
     * loss each month; no jumps. The background of a historical replay ({@link #replay}).
     */
    public void median(BucketPath path) {
        fill(path, false);
    }

    private void fill(BucketPath path, boolean mean) {
        int n = buckets.length;
        for (int b = 0; b < n; b++) {
            double jumps = 0;
            for (int a = 0; a < assets.length; a++) {
                jumps += jumpPermanent[a] ? jumpMonthly[a] * jumpShare[b][a] : 0;   // Σ q·s of permanent jumps
            }
            double growth = mean
                    ? Math.exp(mu[b] / 12 + variance[b] / 24) * (1 - jumps)   // E[e^(m/12 + σ/√12·z)] = e^(m/12 + σ²/24)
                    : Math.exp(mu[b] / 12);                                  // the median: e^(m/12)
            double loss = 0;
            for (int i = 0; i < failureMonthly[b].length; i++) {
                loss += failureMonthly[b][i] * failureLoss[b][i];            // Σ (p/12)·ω·LGD
            }
            double x = apyBase[b];
            for (int t = 0; t < path.months(); t++) {
                if (t % YIELD_STEP == 0) {
                    x = Math.max(0, apyTarget[b] + YIELD_PERSISTENCE * (x - apyTarget[b]));   // target + φ(x − target)
                }
                path.growth[t * n + b] = growth;
                path.apy[t * n + b] = x;
                path.loss[t * n + b] = loss;
            }
        }
    }

    /**
     * Replaces months of a path with a real history: from month {@code from}, bucket b grows by
     * e^(Σₐ exposure_ba · rₐ(k)) in month from + k, with rₐ(k) asset a's real log-return in the history's month k (every
     * asset of {@link #assets()} in the map; a bucket's log-return is its exposure-weighted sum).
     *
     * @param path    a path already filled (e.g. by {@link #median})
     * @param history per asset of {@link #assets()}, its monthly log-returns, all of one length
     * @param from    the first month (0-based) that follows the history
     */
    public void replay(BucketPath path, java.util.Map<String, double[]> history, int from) {
        int n = buckets.length;
        int length = history.values().iterator().next().length;
        for (int k = 0; k < length && from + k < path.months(); k++) {
            for (int b = 0; b < n; b++) {
                double r = 0;
                for (int a = 0; a < assets.length; a++) {
                    double[] h = history.get(assets[a]);
                    if (h == null) {
                        throw new IllegalArgumentException("replay: no history for " + assets[a]);
                    }
                    r += exposure[b][a] * h[k];                              // Σ exposure · r
                }
                path.growth[(from + k) * n + b] = Math.exp(r);
            }
        }
    }

    /** The assets the buckets' prices follow (upper case), in the model's order. */
    public List<String> assets() {
        return List.of(assets);
    }

    /**
     * Fills an antithetic pair of paths from one draw of normals: the first path takes the shocks z, the second
     * −z (price and yield shocks alike), so the pair's monthly growths are e^(m/12)·e^(±σz/√12), one exp for both.
     * Each path has its own failure times. The order of draws is fixed (normals: per month the price normals, then
     * the chi-square normals; then per quarter the yield normals; events: per bucket its waiting times), so the
     * generators give the same pair every time.
     *
     * @param normals      the pair's generator of shocks
     * @param firstEvents  the first path's generator of failure times
     * @param secondEvents the second path's generator of failure times
     * @param first        the buffer for the path with shocks z
     * @param second       the buffer for the path with shocks −z
     */
    public void simulate(RandomGenerator normals, RandomGenerator firstEvents, RandomGenerator secondEvents,
                         BucketPath first, BucketPath second) {
        prices(normals, first.growth, second.growth, first.months());
        yields(normals, first.apy, second.apy, first.months());
        failures(firstEvents, first.loss, first.months());
        failures(secondEvents, second.loss, second.months());
        jumps(firstEvents, first.growth, first.months());
        jumps(secondEvents, second.growth, second.months());
    }

    /**
     * One path's price jumps (token deaths, depegs): per asset, geometric waiting times with monthly probability
     * q = p/12; in a jump's month each bucket's growth × (1 − s), s its share lost; a temporary jump (a depeg of a
     * backed stablecoin) is undone the next month (growth ÷ (1 − s)), so only what is sold in between is lost.
     */
    private void jumps(RandomGenerator events, double[] growth, int months) {
        int n = buckets.length;
        for (int a = 0; a < assets.length; a++) {
            if (jumpMonthly[a] <= 0) {
                continue;
            }
            for (long t = waiting(events, jumpMonthly[a]); t < months; t += 1 + waiting(events, jumpMonthly[a])) {
                // the jump month's buckets, then (a loop of its own, so the JIT's hoisted index checks hold in the
                // last month too) the next month's: the same operations on each growth as one loop over both
                int at = (int) t * n;
                for (int b = 0; b < n; b++) {
                    double s = jumpPermanent[a] ? jumpShare[b][a] : Math.min(jumpShare[b][a], MAX_TEMPORARY);
                    if (s > 0) {
                        growth[at + b] *= 1 - s;                               // the jump: × (1 − s)
                    }
                }
                if (!jumpPermanent[a] && t + 1 < months) {
                    for (int b = 0; b < n; b++) {
                        double s = Math.min(jumpShare[b][a], MAX_TEMPORARY);
                        if (s > 0) {
                            growth[at + n + b] /= 1 - s;                       // the recovery: ÷ (1 − s)
                        }
                    }
                }
            }
        }
    }

    /**
     * Monthly growths e^(m/12)·e^(s) and e^(m/12)/e^(s), s = σz/√12 the correlated shock (s = 0: both e^(m/12)).
     * Each month the buckets' shocks are worked out first, over R's whole rows (a zero entry adds a zero, which leaves
     * the sum as it is; loops of one length run faster than loops over each row's non-zero entries), then their exps.
     */
    private void prices(RandomGenerator normals, double[] up, double[] down, int months) {
        int n = buckets.length;
        double[] e = new double[rank];
        double[] shock = new double[n];
        for (int t = 0; t < months; t++) {
            for (int r = 0; r < rank; r++) {
                e[r] = normals.nextGaussian();
            }
            double scale = (shocks == Shocks.STUDENT_T ? tScale(normals) : 1) / ROOT_12;
            for (int b = 0; b < n; b++) {
                double z = 0;                                                   // (R e)_b
                for (int r = 0; r < rank; r++) {
                    z += rootRows[b * rank + r] * e[r];
                }
                shock[b] = z * scale;
            }
            int base = t * n;
            for (int b = 0; b < n; b++) {
                double growth = ShockExp.exp(shock[b]);
                up[base + b] = monthlyGrowth[b] * growth;                       // e^(m/12 + σ/√12·z)
                down[base + b] = monthlyGrowth[b] / growth;                     // e^(m/12 − σ/√12·z)
            }
        }
    }

    /**
     * The pair's APYs, stepped each quarter with shocks ±ε from the headline APY toward the sustainable part,
     * floored at zero and held for the quarter.
     */
    private void yields(RandomGenerator normals, double[] up, double[] down, int months) {
        int n = buckets.length;
        for (int b = 0; b < n; b++) {
            double x = apyBase[b];
            double y = apyBase[b];
            double target = apyTarget[b];
            for (int t = 0; t < months; t += YIELD_STEP) {
                double s = apyShock[b] > 0 ? apyShock[b] * normals.nextGaussian() : 0;
                x = Math.max(0, target + YIELD_PERSISTENCE * (x - target) + s);   // target + φ(x − target) + s·ε
                y = Math.max(0, target + YIELD_PERSISTENCE * (y - target) - s);
                for (int k = t; k < Math.min(months, t + YIELD_STEP); k++) {
                    up[k * n + b] = x;
                    down[k * n + b] = y;
                }
            }
        }
    }

    /** One path's failure losses: geometric waiting times per bucket, ω·LGD of the failed position in its month. */
    private void failures(RandomGenerator events, double[] loss, int months) {
        java.util.Arrays.fill(loss, 0);
        int n = buckets.length;
        for (int b = 0; b < n; b++) {
            for (long t = waiting(events, anyFailure[b]); t < months; t += 1 + waiting(events, anyFailure[b])) {
                loss[(int) t * n + b] = failedShare(events, b);
            }
        }
    }

    /** √((ν − 2)/V), V ~ chi-square(ν) as a sum of ν squared normals: turns a normal into a unit-variance t. */
    private double tScale(RandomGenerator rng) {
        double v = 0;
        for (int k = 0; k < dof; k++) {
            double g = rng.nextGaussian();
            v += g * g;
        }
        return Math.sqrt((dof - 2) / v);
    }

    /** Months before the next failure, geometric with monthly probability q: ⌊ln U / ln(1 − q)⌋. */
    private static int waiting(RandomGenerator rng, double q) {
        if (q <= 0) {
            return Integer.MAX_VALUE;
        }
        if (q >= 1) {
            return 0;
        }
        double u = 1 - rng.nextDouble();                                     // in (0, 1]
        double k = Math.floor(Math.log(u) / Math.log1p(-q));
        return k >= Integer.MAX_VALUE / 2.0 ? Integer.MAX_VALUE : (int) k;
    }

    /** Which position failed (chosen in proportion to its probability) and the bucket's share lost, ω·LGD. */
    private double failedShare(RandomGenerator rng, int b) {
        double u = rng.nextDouble() * anyFailure[b];
        double[] q = failureMonthly[b];
        for (int i = 0; i < q.length; i++) {
            u -= q[i];
            if (u < 0) {
                return failureLoss[b][i];
            }
        }
        return failureLoss[b][q.length - 1];
    }
}
