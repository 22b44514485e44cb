package org.yieldplan.market;

import java.util.List;
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
 * @param priceAsset         the asset whose price moves the position most (a pair's first volatile leg), for
 *                           concentration
 * @param pair               true for a liquidity position on a pair: its value follows √(p₁p₂)
 * @param volatility         annual volatility of the price asset's log returns; for a pair, of the two legs' price
 *                           ratio (what impermanent loss depends on), a fraction
 * @param medianGrowth       g, compound annual growth of the position's median price path: Σ exposure × g of its
 *                           legs, a fraction (an assumption)
 * @param yieldVolatility    annual standard deviation of the APY, in APY points
 * @param lockupDays         lock-up or unbonding days
 * @param failureProbability annual probability of protocol failure, 0-1
 * @param lossGivenFailure   share lost on failure, 0-1
 * @param liquidityUsd       depth for one trade without large slippage, USD
 * @param legs               the assets whose log-returns move the position's value, with their exposures (one leg of
 *                           exposure 1; a pool's two legs of ½); null gives one leg: the price asset with this
 *                           position's volatility and growth (½ exposure for a pair)
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
        double medianGrowth,
        double yieldVolatility,
        int lockupDays,
        double failureProbability,
        double lossGivenFailure,
        double liquidityUsd,
        List<PriceLeg> legs) {

    public Position {
        double exposure = pair ? 0.5 : 1;
        legs = legs == null ? List.of(PriceLeg.of(priceAsset, exposure, medianGrowth / exposure, volatility))
                : List.copyOf(legs);
    }

    /** The position's bucket. */
    public Bucket bucket() {
        return holding.bucket();
    }

    /** The position's value, USD. */
    public double value() {
        return holding.valueUsd();
    }

    /**
     * The mean annual price return μ = g + σ²/2 with this position's volatility ({@link AssetProfile#meanReturn}); for
     * a single asset the asset's mean return (a pool's, which needs its legs' correlation, is the simulation's).
     */
    public double meanReturn() {
        return AssetProfile.meanReturn(medianGrowth, volatility);
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
