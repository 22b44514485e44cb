/**
 * The Monte Carlo simulation of withdrawal plans (DESIGN.md, "The Monte Carlo model"): the
 * {@link org.yieldplan.simulation.MarketModel} (correlated monthly price shocks per bucket via Cholesky,
 * mean-reverting yields, protocol failures), the {@link org.yieldplan.simulation.WithdrawalSimulator} (the
 * deterministic plan, success probability, percentile bands, depletion years, safe withdrawal by bisection with
 * common random numbers), and its settings and results.
 *
 * <p>Units: money is {@code double} USD nominal; rates, volatilities and probabilities are fractions a year;
 * time steps are months. Every random result comes from a seed and is the same on any number of threads.
 * Imports no I/O library; Hipparchus supplies the Cholesky factors and percentiles.
 */
package org.yieldplan.simulation;
