package org.yieldplan.withdrawal;

/**
 * What a strategy sees at the start of a plan year (the month the year's first instalment falls in).
 *
 * @param planYear           0 for the first withdrawal year, then 1, 2, ...
 * @param yearsLeft          withdrawal years left including this one (the last year has 1)
 * @param balance            the portfolio's value now, USD (nominal)
 * @param initialBalance     the value when withdrawals started, USD
 * @param previousAnnual     last year's planned withdrawal, USD a year; 0 in the first year
 * @param previousYearReturn last plan year's portfolio return, (end + withdrawn − added)/start − 1; 0 in the first year
 * @param inflation          consumer price inflation, a fraction a year
 * @param inflationIndex     (1 + inflation)^(whole years since the projection's start): today's dollars → nominal
 * @param blendedYield       the portfolio's value-weighted APY now, a fraction a year, before tax
 * @param initialYield       the blended APY when withdrawals started
 */
public record YearContext(int planYear, int yearsLeft, double balance, double initialBalance, double previousAnnual,
                          double previousYearReturn, double inflation, double inflationIndex, double blendedYield,
                          double initialYield) {
}
