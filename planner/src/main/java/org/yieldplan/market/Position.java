package org.yieldplan.market;

import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;

/**
 * A holding with the yield and risk assumptions that apply to it, after the catalog, the holding's
 * own figures and the scenario's overrides have been combined (see {@link Assumptions#position}).
 *
 * @param holding            the holding as read or allocated
 * @param apy                total APY low / base / high, fractions a year
 * @param rewardShare        share of the APY paid in emission tokens, 0-1
 * @param apySource          where the APY came from ("holding", a catalog source, or "scenario override")
 * @param tokenInflation     annual supply growth of the asset paid, a fraction
 * @param priceAsset         the asset whose price moves the position (a pair's volatile leg)
 * @param pair               true for a liquidity position on a pair: its value moves with √(price ratio)
 * @param volatility         annual volatility of the price asset's log returns, a fraction
 * @param drift              expected annual return of the price asset, a fraction (an assumption)
 * @param yieldVolatility    annual standard deviation of the APY, in APY points
 * @param lockupDays         lock-up or unbonding days
 * @param failureProbability annual probability of protocol failure, 0-1
 * @param lossGivenFailure   share lost on failure, 0-1
 * @param liquidityUsd       depth for one trade without large slippage, USD
 */
public record Position(
        Holding holding,
        YieldRange apy,
        double rewardShare,
        String apySource,
        double tokenInflation,
        String priceAsset,
        boolean pair,
        double volatility,
        double drift,
        double yieldVolatility,
        int lockupDays,
        double failureProbability,
        double lossGivenFailure,
        double liquidityUsd) {

    /** The position's bucket. */
    public Bucket bucket() {
        return holding.bucket();
    }

    /** The position's value, USD. */
    public double value() {
        return holding.valueUsd();
    }

    /** Base APY paid in emission tokens: apy.base × rewardShare. */
    public double rewardApy() {
        return apy.base() * rewardShare;
    }

    /** Expected annual loss rate: failure probability × loss given failure, a fraction of value a year. */
    public double expectedLossRate() {
        return failureProbability * lossGivenFailure;
    }

    /** Real yield against token inflation i: (1 + APY)/(1 + i) − 1 (DOMAIN.md), base case. */
    public double realApy() {
        return (1 + apy.base()) / (1 + tokenInflation) - 1;
    }
}
