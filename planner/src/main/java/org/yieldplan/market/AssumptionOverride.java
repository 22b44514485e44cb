package org.yieldplan.market;

import org.yieldplan.input.InvalidField;
import org.yieldplan.portfolio.Bucket;

/**
 * A scenario's change to the catalog, for every position in a bucket, of an asset, or both.
 * A {@code null} figure leaves the catalog's (or the holding's) figure as it is.
 *
 * @param bucket             the bucket it applies to, or {@code null} for every bucket
 * @param asset              the asset it applies to, or {@code null} for every asset
 * @param apyLow             APY low case, a fraction a year
 * @param apyBase            APY base case, a fraction a year
 * @param apyHigh            APY high case, a fraction a year
 * @param rewardShare        share of the APY paid in emission tokens, 0-1
 * @param volatility         annual price volatility, a fraction
 * @param medianGrowth       g, compound annual growth of the median price path, a fraction
 * @param tokenInflation     annual token supply growth, a fraction
 * @param yieldVolatility    annual standard deviation of the APY, in APY points
 * @param failureProbability annual probability of protocol failure, 0-1
 * @param lossGivenFailure   share lost on failure, 0-1
 * @param lockupDays         lock-up or unbonding days
 */
public record AssumptionOverride(
        Bucket bucket,
        String asset,
        Double apyLow,
        Double apyBase,
        Double apyHigh,
        Double rewardShare,
        Double volatility,
        Double medianGrowth,
        Double tokenInflation,
        Double yieldVolatility,
        Double failureProbability,
        Double lossGivenFailure,
        Integer lockupDays) {

    public AssumptionOverride {
        if (bucket == null && (asset == null || asset.isBlank())) {
            throw new InvalidField("overrides", "an override names a bucket, an asset or both");
        }
        nonNegative("apyLow", apyLow);
        nonNegative("apyBase", apyBase);
        nonNegative("apyHigh", apyHigh);
        fraction("rewardShare", rewardShare);
        nonNegative("volatility", volatility);
        if (medianGrowth != null) {
            Checks.finite("medianGrowth", medianGrowth);
        }
        if (tokenInflation != null) {
            Checks.finite("tokenInflation", tokenInflation);
        }
        nonNegative("yieldVolatility", yieldVolatility);
        fraction("failureProbability", failureProbability);
        fraction("lossGivenFailure", lossGivenFailure);
        if (lockupDays != null && lockupDays < 0) {
            throw new InvalidField("lockupDays", "must be zero or more, got " + lockupDays);
        }
    }

    /** An override of the APY range only. */
    public static AssumptionOverride apy(Bucket bucket, String asset, double low, double base, double high) {
        return new AssumptionOverride(bucket, asset, low, base, high, null, null, null, null, null, null, null, null);
    }

    /** True when it applies to this asset in this bucket. */
    public boolean appliesTo(String holdingAsset, Bucket holdingBucket) {
        return (bucket == null || bucket == holdingBucket)
                && (asset == null || asset.strip().equalsIgnoreCase(holdingAsset.strip()));
    }

    private static void nonNegative(String field, Double v) {
        if (v != null) {
            Checks.nonNegative(field, v);
        }
    }

    private static void fraction(String field, Double v) {
        if (v != null) {
            Checks.fraction(field, v);
        }
    }
}
