/**
 * The deterministic income projection: blended yield (value-weighted APY, low / base / high),
 * annual and monthly income, the yield net of expected losses, real yield against token
 * inflation, required yield for a goal, and a monthly schedule per bucket with annual totals,
 * nominal and real.
 *
 * <p>Units: money in USD ({@code double}); rates are fractions a year; time steps are months,
 * 12 to a year. Prices are held constant in this projection: it shows income, not price
 * growth (the simulation package adds prices).
 */
package org.yieldplan.income;
