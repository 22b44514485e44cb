package org.yieldplan.withdrawal;

/**
 * How much a plan takes out, decided once a plan year and paid in instalments (see
 * {@link WithdrawalPlan.Frequency}). Each strategy is a record whose Javadoc states its rule.
 *
 * <p>Units: money in USD, nominal unless a strategy says it is in today's dollars (then it is
 * indexed by {@link YearContext#inflationIndex()}); rates are fractions a year (0.04 is 4 %).
 * Implementations are pure: the same context gives the same amount.
 */
public sealed interface WithdrawalStrategy
        permits ConstantAmount, ConstantPercentage, IncomeOnly, Guardrails, NinetyFivePercentRule,
                VariablePercentage, FloorCeiling, YieldGuardrail {

    /**
     * The planned withdrawal for the plan year that starts now, USD a year (nominal).
     *
     * @param year the balance, last year's withdrawal and return, inflation, yields at the year's start
     */
    double annual(YearContext year);

    /**
     * One instalment, USD: by default the year's amount split evenly, {@code annual / paymentsPerYear}.
     *
     * @param annual          this year's planned amount from {@link #annual}
     * @param yearStartBalance the balance the year's amount was set on, USD
     * @param paymentsPerYear 12, 4 or 1
     * @param income          after-tax income collected since the last instalment, USD
     * @param balance         the portfolio's value now, including that income, USD
     * @param inflationIndex  (1 + inflation)^years since the projection's start, for today's-dollar limits
     */
    default double payment(double annual, double yearStartBalance, int paymentsPerYear, double income, double balance,
                           double inflationIndex) {
        return annual / paymentsPerYear;
    }

    /**
     * The same kind of plan, scaled so that it starts by taking {@code initialAnnualUsd} a year from a
     * balance of {@code startBalance}: the family the safe-withdrawal search moves along. A rate-based
     * strategy sets its rate to {@code initialAnnualUsd / startBalance}; strategies that follow the
     * balance and so never miss a payment (percentage, VPW, income-only) become an inflation-adjusted
     * constant amount, the classic safe-withdrawal question.
     */
    WithdrawalStrategy startingAt(double initialAnnualUsd, double startBalance);

    /**
     * Where this very strategy sits in the family {@link #startingAt} moves along: the W at which
     * {@code startingAt(W, startBalance)} equals it, for a strategy on whose family a path that pays every instalment
     * at some W pays them at any lower W too; NaN otherwise. The safe-withdrawal search then reads a bound on each
     * path's largest sustainable W off the plan's own run of that path: at least W where the plan succeeded, below
     * it where it failed.
     */
    default double ownStart(double startBalance) {
        return Double.NaN;
    }

    /**
     * Whether what this strategy asks depends on nothing the market does (not the balance, its returns or yields):
     * then a path that pays every instalment pays them all on a path with at least as much in every bucket every
     * month (higher prices, so more income too), and the sensitivity grid bisects over its growth shifts instead of
     * running each. False unless a strategy says so.
     */
    default boolean fixedDemand() {
        return false;
    }

    /**
     * Whether a path can run out under this strategy, i.e. miss a planned payment. False only when every instalment
     * is by its rule a share of what is there when it is paid (a percentage of the balance, VPW, the income
     * collected): such a plan shrinks but cannot fail, so its measure is whether its income meets the goal, not its
     * success probability. True for fixed amounts and for rules that set a year's amount in advance (guardrails,
     * the 95 % rule, a floor), which a falling balance can leave unpaid.
     */
    default boolean canDeplete() {
        return true;
    }

    /** The type id used in JSON and on the command line, e.g. {@code constant-amount}. */
    String type();

    /** A short description for reports, e.g. {@code "4.00 % of the balance"}. */
    String describe();
}
