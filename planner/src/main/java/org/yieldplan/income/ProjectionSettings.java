package org.yieldplan.income;

/**
 * The inputs of an income projection besides the positions.
 *
 * @param months          length of the schedule, in months (12 a year)
 * @param contributions   money added during the saving phase
 * @param taxRate         tax on yield income, a fraction of gross income
 * @param reinvestedShare share of after-tax income reinvested; the rest is paid out, 0-1
 * @param inflation       consumer price inflation used for real (today's dollars) figures, a fraction a year
 */
public record ProjectionSettings(int months, Contributions contributions, double taxRate, double reinvestedShare,
                                 double inflation) {

    public ProjectionSettings {
        if (months < 1 || months > 100 * 12) {
            throw new IllegalArgumentException("horizonYears: the projection runs 1 month to 100 years, got " + months + " months");
        }
        if (contributions == null) {
            contributions = Contributions.none();
        }
        if (!(taxRate >= 0 && taxRate <= 1)) {
            throw new IllegalArgumentException("taxRate: must be a fraction between 0 and 1, got " + taxRate);
        }
        if (!(reinvestedShare >= 0 && reinvestedShare <= 1)) {
            throw new IllegalArgumentException("reinvestedShare: must be a fraction between 0 and 1, got " + reinvestedShare);
        }
        if (!(inflation > -1 && inflation < 1)) {
            throw new IllegalArgumentException("inflation: must be a fraction a year between -1 and 1, got " + inflation);
        }
    }
}
