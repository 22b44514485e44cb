package org.yieldplan.sustainability;

import org.yieldplan.income.YieldMath;

/**
 * Expected impermanent loss of a 50/50 constant-product position held for a year.
 *
 * <p>Model: the pair's price ratio after a year is lognormal with no drift in the mean,
 * ln r ~ N(−σ²/2, σ²), σ the ratio's annual volatility. The expected loss is
 * −E[IL(r)] = −∫ IL(e^(−σ²/2 + σz)) φ(z) dz with IL(r) = 2√r/(1 + r) − 1 (DOMAIN.md), integrated by
 * Simpson's rule over z ∈ [−10, 10] (the tails beyond hold under 1e-22 of the mass, and |IL| ≤ 1).
 * For small σ it is close to σ²/8 (second-order expansion of IL around r = 1).
 *
 * <p>A concentrated range [P/n, n·P] multiplies the loss by 1/(1 − 1/√n) (the liquidity is
 * leveraged by that factor while the price stays in range).
 */
public final class ExpectedImpermanentLoss {

    private static final int INTERVALS = 2000;
    private static final double Z_MAX = 10;
    /** Losses by volatility already integrated: a 100,000-holding file repeats a few pairs' volatilities. */
    private static final java.util.Map<Double, Double> BY_SIGMA = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHED = 4_096;

    private ExpectedImpermanentLoss() {
    }

    /**
     * The expected loss over a year, as a positive fraction of the position's value.
     *
     * @param sigma annual volatility of the pair's price ratio, a fraction (0.8 is 80 %)
     */
    public static double fullRange(double sigma) {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("volatility: must be zero or more, got " + sigma);
        }
        if (sigma == 0) {
            return 0;
        }
        Double known = BY_SIGMA.get(sigma);
        if (known != null) {
            return known;
        }
        double loss = integrate(sigma);
        if (BY_SIGMA.size() < CACHED) {
            BY_SIGMA.put(sigma, loss);
        }
        return loss;
    }

    /** Simpson's rule over z ∈ [−Z_MAX, Z_MAX] (see the class comment). */
    private static double integrate(double sigma) {
        double h = 2 * Z_MAX / INTERVALS;
        double sum = 0;
        for (int i = 0; i <= INTERVALS; i++) {
            double z = -Z_MAX + i * h;
            double weight = i == 0 || i == INTERVALS ? 1 : i % 2 == 1 ? 4 : 2;
            double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);     // φ(z)
            double r = Math.exp(-sigma * sigma / 2 + sigma * z);                // ratio after a year
            sum += weight * density * YieldMath.impermanentLoss(r);
        }
        return -sum * h / 3;
    }

    /**
     * The multiplier for a concentrated range [P/n, n·P]: 1/(1 − 1/√n).
     *
     * @param n the range factor, above 1
     */
    public static double concentrationMultiplier(double n) {
        if (!(n > 1) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("range factor: a range [P/n, nP] needs n above 1, got " + n);
        }
        return 1 / (1 - 1 / Math.sqrt(n));
    }

    /** The expected annual loss of a position: full-range loss × the multiplier when concentrated. */
    public static double of(PositionFacts p) {
        double full = fullRange(p.pairVolatility());
        return p.rangeFactor() == null ? full : full * concentrationMultiplier(p.rangeFactor());
    }
}
