package org.yieldplan.market;

/**
 * One asset whose price moves a position, with the share of the position's log-return it carries. A position in
 * one asset has one leg of exposure 1; a 50/50 constant-product pool, whose value follows √(p₁p₂), has two legs of
 * exposure ½: its log-return is ½(r₁ + r₂).
 *
 * @param asset           the asset's symbol (a receipt or wrapped token already replaced by its underlying asset)
 * @param stablecoin      true for a USD stablecoin: its price is pegged (assumption sets leave it alone)
 * @param exposure        the share of the asset's log-return the position takes, 0-1
 * @param medianGrowth    g of the asset, a fraction a year
 * @param volatility      σ of the asset's log-returns, annual
 * @param jumpProbability yearly probability of a price jump: a token's death, or a stablecoin's depeg, 0-1
 * @param jumpLoss        share of the asset's price lost in the jump, 0-1
 * @param jumpPermanent   true when the loss stays (a token's death, an algorithmic stablecoin's collapse); false when
 *                        the price recovers the next month (a fiat-backed or crypto-backed stablecoin's depeg)
 */
public record PriceLeg(String asset, boolean stablecoin, double exposure, double medianGrowth, double volatility, double jumpProbability,
                       double jumpLoss, boolean jumpPermanent) {

    public PriceLeg {
        Checks.fraction("legs." + asset + ".exposure", exposure);
        Checks.finite("legs." + asset + ".medianGrowth", medianGrowth);
        Checks.nonNegative("legs." + asset + ".volatility", volatility);
        Checks.fraction("legs." + asset + ".jumpProbability", jumpProbability);
        Checks.fraction("legs." + asset + ".jumpLoss", jumpLoss);
    }

    /** A volatile asset's leg with no jumps. */
    public static PriceLeg of(String asset, double exposure, double medianGrowth, double volatility) {
        return new PriceLeg(asset, false, exposure, medianGrowth, volatility, 0, 0, false);
    }

    /** This leg with another growth and volatility (null keeps the figure). */
    public PriceLeg withPrice(Double growth, Double vol) {
        return new PriceLeg(asset, stablecoin, exposure, growth != null ? growth : medianGrowth,
                vol != null ? vol : volatility, jumpProbability, jumpLoss, jumpPermanent);
    }

    /** This leg with another jump probability. */
    public PriceLeg withJumpProbability(double probability) {
        return new PriceLeg(asset, stablecoin, exposure, medianGrowth, volatility, probability, jumpLoss, jumpPermanent);
    }
}
