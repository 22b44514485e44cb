package org.yieldplan.withdrawal;

/**
 * One path of monthly market figures per bucket, as flat primitive arrays indexed {@code month × buckets +
 * bucket} (month 0-based): what a {@link PlanLedger} runs the plan's money through. A reusable scratch
 * buffer: a market model fills it for one path at a time (one buffer per thread).
 */
public final class BucketPath {

    private final int buckets;
    private final int months;
    /** Value multiplier over the month from price moves, e^(log-return), per month and bucket. */
    public final double[] growth;
    /** APY paid in the month, a fraction a year, at least 0. */
    public final double[] apy;
    /** Share of the bucket's value lost to a protocol failure in the month, 0-1. */
    public final double[] loss;

    /** An empty path (growth 1, APY 0, no losses) of the given size. */
    public BucketPath(int buckets, int months) {
        this.buckets = buckets;
        this.months = months;
        this.growth = new double[buckets * months];
        this.apy = new double[buckets * months];
        this.loss = new double[buckets * months];
        java.util.Arrays.fill(growth, 1.0);
    }

    /** Number of buckets. */
    public int buckets() {
        return buckets;
    }

    /** Number of months. */
    public int months() {
        return months;
    }
}
