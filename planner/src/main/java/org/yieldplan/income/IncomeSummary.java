package org.yieldplan.income;

import java.util.List;
import org.yieldplan.market.YieldRange;

/**
 * The headline figures of a portfolio's income, on today's values.
 *
 * @param portfolioValue   Σ value, USD
 * @param blendedApy       value-weighted APY, Σ vᵢ·APYᵢ / Σ vᵢ, low / base / high, fractions a year
 * @param annualIncome     value × blended APY, USD a year
 * @param monthlyIncome    annual income / 12, USD a month
 * @param expectedLossRate value-weighted p × LGD, a fraction a year
 * @param netApy           blended APY − expected loss rate (low / base / high), fractions a year
 * @param realApy          value-weighted real yield (1 + APY)/(1 + token inflation) − 1, base case
 * @param taxRate          tax on yield income, a fraction
 * @param afterTaxAnnualIncome annual income × (1 − tax rate), USD a year
 * @param goalAnnualIncome the income goal, USD a year, or null
 * @param requiredYield    goal / value, a fraction a year, or null without a goal
 * @param buckets          one entry per bucket held, in bucket order
 */
public record IncomeSummary(
        double portfolioValue,
        YieldRange blendedApy,
        YieldRange annualIncome,
        YieldRange monthlyIncome,
        double expectedLossRate,
        YieldRange netApy,
        double realApy,
        double taxRate,
        YieldRange afterTaxAnnualIncome,
        Double goalAnnualIncome,
        Double requiredYield,
        List<BucketIncome> buckets) {

    public IncomeSummary {
        buckets = List.copyOf(buckets);
    }
}
