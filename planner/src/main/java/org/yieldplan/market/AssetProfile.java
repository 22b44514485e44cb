package org.yieldplan.market;

/**
 * Price behaviour of one asset.
 *
 * @param symbol            e.g. {@code ETH}
 * @param name              e.g. {@code Ethereum}
 * @param stablecoin        true for a USD stablecoin
 * @param volatility        annual volatility of log price returns, a fraction (0.8 is 80 %)
 * @param drift             expected annual price return μ (the mean of a geometric Brownian motion, E[P_t] = P₀·e^(μt)),
 *                          a fraction; an assumption, not a measurement
 * @param tokenInflation    annual growth of the token supply, a fraction (dilution of stakers' rewards)
 * @param liquidityUsd      depth available for one trade without large slippage, USD a day
 * @param volatilitySource  where the volatility (and correlations) came from
 * @param driftSource       where the drift came from
 * @param inflationSource   where the token inflation came from
 * @param liquiditySource   where the liquidity figure came from
 */
public record AssetProfile(
        String symbol,
        String name,
        boolean stablecoin,
        double volatility,
        double drift,
        double tokenInflation,
        double liquidityUsd,
        String volatilitySource,
        String driftSource,
        String inflationSource,
        String liquiditySource) {

    public AssetProfile {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("assets: an asset needs a symbol");
        }
        Checks.nonNegative("assets." + symbol + ".volatility", volatility);
        Checks.finite("assets." + symbol + ".drift", drift);
        Checks.finite("assets." + symbol + ".tokenInflation", tokenInflation);
        Checks.nonNegative("assets." + symbol + ".liquidityUsd", liquidityUsd);
        Checks.source("assets." + symbol + ".volatilitySource", volatilitySource);
        Checks.source("assets." + symbol + ".driftSource", driftSource);
        Checks.source("assets." + symbol + ".inflationSource", inflationSource);
        Checks.source("assets." + symbol + ".liquiditySource", liquiditySource);
    }
}
