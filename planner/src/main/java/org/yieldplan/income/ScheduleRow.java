package org.yieldplan.income;

/**
 * One period of the income schedule, for one bucket or the total (money in USD).
 *
 * <p>Timing: contributions arrive at the start of the period and earn in it; then
 * {@code grossIncome = (start + contribution) × APY/12}, {@code expectedLoss = (start + contribution)
 * × p × LGD / 12}, {@code tax = grossIncome × taxRate}, {@code reinvested = (gross − tax) × reinvestedShare},
 * {@code paidOut = gross − tax − reinvested}, {@code end = start + contribution + reinvested − expectedLoss}.
 * Annual rows sum the flows of their twelve months; start is the first month's, end the last's.
 * Real figures divide by (1 + inflation)^(month/12), month counted at the period's end.
 *
 * @param period        month number (1-based) for a monthly row, year number for an annual row
 * @param bucket        the bucket id, or {@code "total"}
 * @param startValue    value at the start of the period
 * @param contribution  money added
 * @param grossIncome   yield earned before tax
 * @param expectedLoss  expected loss from protocol failure
 * @param tax           tax on the income
 * @param reinvested    after-tax income added back to the position
 * @param paidOut       after-tax income paid to the investor
 * @param endValue      value at the end of the period
 * @param paidOutReal   paid out, in today's dollars
 * @param endValueReal  end value, in today's dollars
 */
public record ScheduleRow(int period, String bucket, double startValue, double contribution, double grossIncome,
                          double expectedLoss, double tax, double reinvested, double paidOut, double endValue,
                          double paidOutReal, double endValueReal) {
}
