package org.yieldplan.rebalance;

import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.yieldplan.market.Catalog;

/**
 * Estimated cost of a trade: a proportional fee plus slippage that grows with the trade's size
 * relative to the asset's liquidity.
 *
 * <pre>
 *   cost(a)     = a × (feeBps / 10,000 + slippage(a))             USD
 *   slippage(a) = σ_daily × √(a / L)      σ_daily = σ_annual / √365
 * </pre>
 * where a is the USD amount, L the asset's daily liquidity ({@code AssetProfile.liquidityUsd}, USD a
 * day) and σ its annual volatility. This is the "square-root law" of market impact (impact ≈ daily
 * volatility × √(order size / daily volume); Almgren, Thum, Hauptmann &amp; Li 2005; Tóth et al. 2011):
 * doubling a trade raises its slippage by √2 and its dollar slippage by 2√2. A $10,000 BTC trade
 * (σ 0.80, L $20 bn) slips about 0.3 bps; $1 M in a $5 M-a-day token at σ 1.2 about 280 bps.
 * An asset with no liquidity figure (L = 0) is charged the fee only.
 *
 * @param feeBps     fee per trade, basis points of the amount (10 = 0.1 %); ≥ 0
 * @param liquidity  asset → daily liquidity L, USD
 * @param volatility asset → annual volatility σ, a fraction
 */
public record CostModel(double feeBps, ToDoubleFunction<String> liquidity, ToDoubleFunction<String> volatility) {

    public CostModel {
        if (!(feeBps >= 0) || Double.isInfinite(feeBps)) {
            throw new IllegalArgumentException("fee-bps: must be 0 or more basis points, got " + feeBps);
        }
    }

    /** Fee plus slippage from the catalog's liquidity and volatility ({@link Catalog#profile}: the default profile for unlisted assets and pairs). */
    public static CostModel of(double feeBps, Catalog catalog) {
        return new CostModel(feeBps, a -> catalog.profile(a).liquidityUsd(), a -> catalog.profile(a).volatility());
    }

    /** The fee only, no slippage. */
    public static CostModel feeOnly(double feeBps) {
        return new CostModel(feeBps, a -> 0, a -> 0);
    }

    /** Cost of trading {@code amount} USD of one asset: fee + square-root slippage, USD. */
    public double cost(String asset, double amount) {
        double a = Math.abs(amount);
        double liq = liquidity.applyAsDouble(asset);
        double slip = liq > 0 ? volatility.applyAsDouble(asset) / Math.sqrt(365) * Math.sqrt(a / liq) : 0;
        return a * (feeBps / 10_000 + slip);
    }

    /** Cost of a trade in a key split across assets by share: Σ cost(asset, amount × share), USD. */
    public double cost(Map<String, Double> mix, double amount) {
        double c = 0;
        for (Map.Entry<String, Double> e : mix.entrySet()) {
            c += cost(e.getKey(), amount * e.getValue());
        }
        return c;
    }
}
