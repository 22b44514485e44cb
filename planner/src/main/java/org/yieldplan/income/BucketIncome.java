package org.yieldplan.income;

import org.yieldplan.market.YieldRange;
import org.yieldplan.portfolio.Bucket;

/**
 * Yield and first-year income of one bucket.
 *
 * @param bucket           the bucket
 * @param weight           its share of the portfolio's value, a fraction
 * @param valueUsd         its value, USD
 * @param apy              value-weighted APY of its positions, low / base / high, fractions a year
 * @param annualIncome     value × APY, USD a year, low / base / high
 * @param monthlyIncome    annual income / 12, USD a month
 * @param rewardShare      value-weighted share of its base APY paid in emission tokens
 * @param expectedLossRate value-weighted failure probability × loss given failure, a fraction a year
 */
public record BucketIncome(Bucket bucket, double weight, double valueUsd, YieldRange apy, YieldRange annualIncome,
                           YieldRange monthlyIncome, double rewardShare, double expectedLossRate) {
}
