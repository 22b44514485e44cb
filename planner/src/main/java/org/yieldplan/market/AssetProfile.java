package org.yieldplan.market;

import java.time.LocalDate;

/**
 * Price behaviour of one asset. Prices follow a geometric Brownian motion described by its median path: the
 * median price grows at {@code medianGrowth} g a year (log drift), with volatility σ; the arithmetic mean return
 * is then μ = g + σ²/2 ({@link #meanReturn()}), the one place that relation is written.
 *
 * @param symbol            e.g. {@code ETH}
 * @param name              e.g. {@code Ethereum}
 * @param stablecoin        true for a USD stablecoin
 * @param volatility        long-run annual volatility σ of log price returns, a fraction (0.8 is 80 %)
 * @param medianGrowth      g, the compound annual growth of the median price path (the mean of the annual log
 *                          return), a fraction; an assumption, not a measurement
 * @param tokenInflation    annual growth of the token supply, a fraction (dilution of stakers' rewards)
 * @param liquidityUsd      depth available for one trade without large slippage, USD a day
 * @param volatilitySource  where the volatility (and correlations) came from: data file and computation, or a study
 * @param growthSource      where the median growth came from (a judgement says so)
 * @param inflationSource   where the token inflation came from
 * @param liquiditySource   where the liquidity figure came from
 * @param tokenDeath        the yearly risk of losing most of the value for good, or null for none
 * @param depeg             a stablecoin's depeg risk (temporary unless algorithmic), or null for none
 * @param asOf              the date the figures were last set against their sources
 */
public record AssetProfile(
        String symbol,
        String name,
        boolean stablecoin,
        double volatility,
        double medianGrowth,
        double tokenInflation,
        double liquidityUsd,
        String volatilitySource,
        String growthSource,
        String inflationSource,
        String liquiditySource,
        TokenDeath tokenDeath,
        Depeg depeg,
        LocalDate asOf) {

    public AssetProfile {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("assets: an asset needs a symbol");
        }
        Checks.nonNegative("assets." + symbol + ".volatility", volatility);
        Checks.finite("assets." + symbol + ".medianGrowth", medianGrowth);
        Checks.finite("assets." + symbol + ".tokenInflation", tokenInflation);
        Checks.nonNegative("assets." + symbol + ".liquidityUsd", liquidityUsd);
        Checks.source("assets." + symbol + ".volatilitySource", volatilitySource);
        Checks.source("assets." + symbol + ".growthSource", growthSource);
        Checks.source("assets." + symbol + ".inflationSource", inflationSource);
        Checks.source("assets." + symbol + ".liquiditySource", liquiditySource);
        Checks.date("assets." + symbol + ".asOf", asOf);
    }

    /**
     * This profile as a leg of a position taking {@code exposure} of its log-return, with its jump risk.
     *
     * @param asset the leg's symbol (an unlisted asset takes the default profile under its own name)
     */
    public PriceLeg leg(String asset, double exposure) {
        if (depeg != null) {
            return new PriceLeg(asset, stablecoin, exposure, medianGrowth, volatility, depeg.probability(), depeg.loss(), depeg.permanent());
        }
        if (tokenDeath != null) {
            return new PriceLeg(asset, stablecoin, exposure, medianGrowth, volatility, tokenDeath.probability(), tokenDeath.loss(), true);
        }
        return new PriceLeg(asset, stablecoin, exposure, medianGrowth, volatility, 0, 0, false);
    }

    /** The arithmetic mean annual return μ = g + σ²/2 (E[P_t] = P₀·e^(μt)), a fraction a year. */
    public double meanReturn() {
        return meanReturn(medianGrowth, volatility);
    }

    /**
     * μ = g + σ²/2: the mean annual return of a geometric Brownian motion whose median grows at g with volatility σ.
     *
     * @param medianGrowth g, a fraction a year
     * @param volatility   σ, annual
     * @return μ, a fraction a year
     */
    public static double meanReturn(double medianGrowth, double volatility) {
        return medianGrowth + volatility * volatility / 2;
    }
}
