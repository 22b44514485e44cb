package org.yieldplan.withdrawal;

/**
 * One month or one year of a withdrawal plan, whole portfolio, USD nominal unless "real".
 *
 * <p>Timing within a month: contributions arrive first; prices move ({@code priceChange}); protocol
 * losses are taken ({@code loss}); yield is earned on the value after both, {@code gross = value × APY/12},
 * taxed at the scenario's rate; in the saving phase the after-tax income is reinvested by the scenario's
 * share and the rest paid out; in the withdrawal phase it is collected and, when an instalment falls due
 * (end of the month), pays it first ({@code fromIncome}); what it does not cover is sold from liquid
 * buckets ({@code principalSold}); income left over is reinvested. Year rows sum their months' flows.
 *
 * @param period        month (1-based) of a monthly row, year (1-based) of an annual row
 * @param startBalance  value at the start of the period
 * @param contribution  money added
 * @param priceChange   change in value from price moves
 * @param loss          value lost to protocol failures (the expected loss in the deterministic plan)
 * @param grossIncome   yield earned before tax
 * @param tax           tax on that yield
 * @param planned       the withdrawal planned (instalments due; 0 in the saving phase)
 * @param withdrawal    paid to the investor: instalments plus income paid out in the saving phase
 * @param fromIncome    the part of the payments covered by income
 * @param principalSold the part covered by selling holdings
 * @param reinvested    income added back to the holdings
 * @param shortfall     planned but not paid, because the liquid value ran out
 * @param endBalance    value at the end of the period, including uninvested income
 * @param withdrawalReal withdrawal in today's dollars: ÷ (1 + inflation)^(month/12), month at the period's end
 * @param endBalanceReal end balance in today's dollars
 */
public record PlanRow(int period, double startBalance, double contribution, double priceChange, double loss,
                      double grossIncome, double tax, double planned, double withdrawal, double fromIncome,
                      double principalSold, double reinvested, double shortfall, double endBalance,
                      double withdrawalReal, double endBalanceReal) {
}
