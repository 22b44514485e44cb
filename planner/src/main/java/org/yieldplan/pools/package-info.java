/**
 * Live yield data: DeFiLlama's pool list and pool histories read at the edge ({@link org.yieldplan.pools.PoolCsv},
 * {@link org.yieldplan.pools.PoolText}; the API's JSON in {@code org.yieldplan.json.DefiLlamaJson}), and pure
 * calculations on them: the pool screen ({@link org.yieldplan.pools.PoolScreen}, the sustainability rules over
 * every pool), and the APY-drop forecast ({@link org.yieldplan.pools.DropRule}, {@link org.yieldplan.pools.DropFeatures},
 * {@link org.yieldplan.pools.DropMarket}, {@link org.yieldplan.pools.DropModel}, {@link org.yieldplan.pools.DropForecast}).
 *
 * <p>Units: APYs are fractions a year (DeFiLlama's percentages divided by 100); TVL in USD; dates are UTC days.
 * A forecast on a date reads no point dated after it.
 */
package org.yieldplan.pools;
