package org.yieldplan.pools;

import java.time.LocalDate;

/**
 * One yield pool as DeFiLlama lists it on a date. DeFiLlama states APYs in percent; here they are
 * fractions a year (DeFiLlama's 7.3 is 0.073).
 *
 * @param id          DeFiLlama's pool id (a UUID), the key of its history
 * @param project     the protocol's slug ({@code curve-dex}, {@code aerodrome-slipstream})
 * @param chain       the chain ({@code Ethereum}, {@code Base})
 * @param symbol      the pool's tokens as DeFiLlama writes them ({@code WETH-USDC})
 * @param poolMeta    DeFiLlama's note on the pool (fee tier, range...), or null
 * @param date        the date of the figures (UTC)
 * @param tvlUsd      total value locked, USD
 * @param apy         total APY, a fraction a year
 * @param apyBase     the part from fees, interest or staking, a fraction a year (0 when not given)
 * @param apyReward   the part paid in incentive tokens, a fraction a year (0 when not given)
 * @param apyMean30d  DeFiLlama's 30-day mean APY, a fraction a year, or null when not given
 * @param stablecoin  true when DeFiLlama marks the pool as holding stablecoins only
 * @param ilRisk      DeFiLlama's impermanent-loss risk mark ({@code yes}/{@code no}), or null
 * @param exposure    {@code single} or {@code multi} (one token or several), or null
 * @param outlier     true when DeFiLlama marks the APY as an outlier
 * @param prediction  DeFiLlama's own APY forecast, or null when it gives none
 */
public record Pool(
        String id,
        String project,
        String chain,
        String symbol,
        String poolMeta,
        LocalDate date,
        double tvlUsd,
        double apy,
        double apyBase,
        double apyReward,
        Double apyMean30d,
        boolean stablecoin,
        String ilRisk,
        String exposure,
        boolean outlier,
        LlamaPrediction prediction) {

    public Pool {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("pool: needs an id");
        }
        if (date == null) {
            throw new IllegalArgumentException("pool " + id + ": needs a date");
        }
        if (!Double.isFinite(apy) || !Double.isFinite(tvlUsd)) {
            throw new IllegalArgumentException("pool " + id + ": apy and tvlUsd must be numbers");
        }
    }

    /** Share of the APY paid in incentive tokens: reward / APY, 0 when the APY is not above zero. */
    public double rewardShare() {
        return apy > 0 ? Math.min(1, Math.max(0, apyReward / apy)) : 0;
    }

    /** True when DeFiLlama marks an impermanent-loss risk. */
    public boolean hasIlRisk() {
        return "yes".equalsIgnoreCase(ilRisk);
    }

    /** True when the pool holds several tokens. */
    public boolean multiExposure() {
        return "multi".equalsIgnoreCase(exposure);
    }

    /**
     * DeFiLlama's forecast of a pool's APY ({@code predictions} in its pool list).
     *
     * @param down        true when its predicted class is {@code Down}
     * @param probability its confidence in that class, a fraction (DeFiLlama's 60 is 0.6)
     */
    public record LlamaPrediction(boolean down, double probability) {

        /** The forecast as a probability that the APY drops: p for "Down", 1 − p for "Stable/Up". */
        public double probDown() {
            return down ? probability : 1 - probability;
        }
    }
}
