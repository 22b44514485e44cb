/**
 * Withdrawal plans: a saving phase then a withdrawal phase ({@link org.yieldplan.withdrawal.WithdrawalPlan}),
 * the strategies that decide each year's amount (a sealed interface,
 * {@link org.yieldplan.withdrawal.WithdrawalStrategy}, one record per strategy with its rule in its Javadoc),
 * and the {@link org.yieldplan.withdrawal.PlanLedger} that runs a plan's money month by month over one path of
 * bucket returns, yields and losses (the deterministic plan and every Monte Carlo path use it).
 *
 * <p>Units: money is {@code double} USD, nominal unless named "real" (today's dollars, deflated by
 * (1 + inflation)^(month/12)); rates are fractions a year; time steps are months, 12 a year. Imports no
 * I/O library.
 */
package org.yieldplan.withdrawal;
