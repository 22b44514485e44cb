package org.yieldplan.income;

/** The yield formulas of DOMAIN.md, each a pure function. */
public final class YieldMath {
    private YieldMath() {
    }

    /**
     * APY from APR compounded n times a year: {@code APY = (1 + APR/n)^n − 1}.
     *
     * @param apr                   annual percentage rate, a fraction
     * @param periodsPerYear        compounding periods a year (365 daily, 12 monthly); 0 or less means continuous
     * @return the annual percentage yield, a fraction
     */
    public static double aprToApy(double apr, int periodsPerYear) {
        if (periodsPerYear <= 0) {
            return Math.expm1(apr);                       // continuous: e^APR − 1
        }
        return Math.pow(1 + apr / periodsPerYear, periodsPerYear) - 1;
    }

    /**
     * Real yield against token supply inflation i: {@code (1 + APY)/(1 + i) − 1}.
     *
     * @param apy       nominal yield paid in the token, a fraction a year
     * @param inflation token supply growth, a fraction a year
     */
    public static double realYield(double apy, double inflation) {
        return (1 + apy) / (1 + inflation) - 1;
    }

    /**
     * Yield needed to pay an income goal from a portfolio: {@code goal a year / value}.
     *
     * @param goalAnnualIncome USD a year
     * @param portfolioValue   USD, above zero
     */
    public static double requiredYield(double goalAnnualIncome, double portfolioValue) {
        if (!(portfolioValue > 0)) {
            throw new IllegalArgumentException("portfolio value: must be above zero to compute a required yield");
        }
        return goalAnnualIncome / portfolioValue;
    }

    /**
     * Impermanent loss of a 50/50 constant-product pool when one price moves by a factor r
     * against the other: {@code IL(r) = 2·√r/(1 + r) − 1} (LP value relative to holding; ≤ 0).
     */
    public static double impermanentLoss(double priceRatio) {
        if (!(priceRatio > 0)) {
            throw new IllegalArgumentException("price ratio: must be above zero, got " + priceRatio);
        }
        return 2 * Math.sqrt(priceRatio) / (1 + priceRatio) - 1;
    }
}
