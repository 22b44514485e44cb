package org.yieldplan.market;

import java.time.LocalDate;

/**
 * A catalog entry's live figures: the DeFiLlama pool that stands for it on a date ({@code catalog refresh}).
 * Rates are fractions a year.
 *
 * @param pool       DeFiLlama's pool id
 * @param project    the protocol's slug
 * @param chain      the chain
 * @param symbol     the pool's symbol as DeFiLlama writes it
 * @param asOf       the date of the figures
 * @param apyBase    APY from fees, interest or staking, a fraction a year
 * @param apyReward  APY paid in incentive tokens, a fraction a year
 * @param apyMean30d DeFiLlama's 30-day mean APY, or null
 * @param tvlUsd     total value locked, USD
 * @param ilRisk     DeFiLlama's impermanent-loss mark ({@code yes}/{@code no}), or null
 * @param exposure   {@code single} or {@code multi}, or null
 * @param stablecoin true when the pool holds stablecoins only
 * @param outlier    true when DeFiLlama marks its APY as an outlier
 */
public record PoolQuote(String pool, String project, String chain, String symbol, LocalDate asOf, double apyBase,
        double apyReward, Double apyMean30d, double tvlUsd, String ilRisk, String exposure, boolean stablecoin,
        boolean outlier) {

    public PoolQuote {
        if (pool == null || pool.isBlank() || asOf == null) {
            throw new IllegalArgumentException("pool: a quote needs the pool id and its asOf date");
        }
    }

    /** Total APY: base + reward, a fraction a year. */
    public double apy() {
        return apyBase + apyReward;
    }
}
