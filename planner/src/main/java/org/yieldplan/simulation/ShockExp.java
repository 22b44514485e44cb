package org.yieldplan.simulation;

/**
 * e^x for the simulation's monthly price shocks, inlined by the JIT where {@link Math#exp} is a call: the
 * simulation takes one per bucket, month and antithetic pair (14 M for 10,000 paths × 40 years × 6 buckets).
 *
 * <p>Method (Tang's table-driven exponential): x = (64k + j)·ln2/64 + r with |r| ≤ ln2/128, so
 * e^x = 2^k · 2^(j/64) · e^r, with 2^(j/64) from a table and e^r − 1 a degree-6 Taylor polynomial (truncation
 * below r⁷/5040 ≈ 3·10⁻²⁰). Relative error within a few units in the last place of Math.exp; e^0 is exactly 1,
 * so a zero shock leaves a growth factor unchanged. Outside ±700 (and for NaN) it defers to Math.exp.
 */
final class ShockExp {

    private static final int BITS = 6;
    private static final int SIZE = 1 << BITS;
    private static final double SIZE_OVER_LN2 = SIZE / Math.log(2);
    /** ln 2 / 64 split in two (fdlibm's ln2 high and low parts over 64), so k·LN2_HI is exact. */
    private static final double LN2_HI = 6.93147180369123816490e-01 / SIZE;
    private static final double LN2_LO = 1.90821492927058770002e-10 / SIZE;
    private static final double[] POWERS = new double[SIZE];

    static {
        for (int j = 0; j < SIZE; j++) {
            POWERS[j] = Math.pow(2, (double) j / SIZE);                     // 2^(j/64)
        }
    }

    private ShockExp() {
    }

    /** e^x. */
    static double exp(double x) {
        if (!(x > -700 && x < 700)) {
            return Math.exp(x);
        }
        double kd = Math.rint(x * SIZE_OVER_LN2);
        long k = (long) kd;
        double r = (x - kd * LN2_HI) - kd * LN2_LO;                          // x − k·ln2/64
        double p = r + r * r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720)))));   // e^r − 1
        double t = POWERS[(int) (k & (SIZE - 1))];                           // 2^(j/64)
        double scale = Double.longBitsToDouble(((k >> BITS) + 1023) << 52);  // 2^⌊k/64⌋
        return scale * (t + t * p);
    }
}
