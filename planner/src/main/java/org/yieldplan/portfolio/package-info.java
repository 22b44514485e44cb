/**
 * What the investor holds: {@link org.yieldplan.portfolio.Holding holdings}, grouped into a
 * {@link org.yieldplan.portfolio.Portfolio}, each in one income {@link org.yieldplan.portfolio.Bucket}.
 *
 * <p>Units: money is {@code double} US dollars (the portfolio currency), as in a spreadsheet;
 * rounding happens only at display. Rates are fractions a year (a 5 % APY is 0.05).
 */
package org.yieldplan.portfolio;
