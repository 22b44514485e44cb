/**
 * Yield and risk assumptions: the {@link org.yieldplan.market.Catalog} (APY ranges per asset and
 * bucket, reward share, token inflation, lock-up, price volatility and median growth (μ = g + σ²/2 derived in AssetProfile), correlations, protocol
 * failure), a scenario's {@link org.yieldplan.market.AssumptionOverride overrides}, and the
 * {@link org.yieldplan.market.Position} that joins a holding to the assumptions that apply to it.
 *
 * <p>Units: rates, volatilities, probabilities and shares are fractions a year (0.05 is 5 %);
 * money is USD as {@code double}; periods are days. Every catalog figure carries a source string.
 */
package org.yieldplan.market;
