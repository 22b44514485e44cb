/**
 * Rebalancing: how far a portfolio has drifted from its targets, which trades bring it back,
 * how a contribution (or withdrawal) can do that before anything is sold, which tax lots to sell,
 * and a backtest of rebalancing rules on daily price history.
 *
 * <p>Contract: plain records in, plain records out; no file I/O (price files arrive as lines of
 * text), no Jackson, POI or Javalin. Units: money is {@code double} US dollars; weights, bands,
 * drifts and rates are fractions (0.05 is 5 %, a "5-point band" is 0.05); fees are basis points
 * (10 bps = 0.001); prices are USD per unit; dates are {@link java.time.LocalDate} days.
 *
 * <p>Drift (DOMAIN.md): weight_i = value_i / Σ value; absolute drift = weight − target;
 * relative drift = (weight − target) / target.
 */
package org.yieldplan.rebalance;
