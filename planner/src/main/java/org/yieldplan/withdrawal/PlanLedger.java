package org.yieldplan.withdrawal;

import java.util.Arrays;
import java.util.List;
import org.yieldplan.income.Contributions;

/**
 * Runs a plan's money month by month over one {@link BucketPath}: contributions, price moves, losses,
 * yield, tax, reinvestment, and the strategy's withdrawals taken from income first, then sold from the
 * liquid buckets pro rata. The timing is written out on {@link PlanRow}. The deterministic plan and every
 * Monte Carlo path go through this one ledger, so with a zero-volatility path they agree exactly.
 *
 * <p>Liquidity: a position whose lock-up or unbonding period is over {@value #MONTH_DAYS} days cannot be sold
 * to pay a withdrawal within the month; its value still counts in the balance and is rebalanced. Rebalancing
 * (optional) resets the buckets to their starting weights at the end of every twelfth month, without cost.
 * Contributions and reinvested leftover income are split by the starting weights.
 *
 * <p>Stateless between runs and thread-safe: each run keeps its state in a private object.
 */
public final class PlanLedger {

    /** Lock-ups up to this many days are unbonded within the month. */
    public static final int MONTH_DAYS = 30;
    /** A payment short by more than this many dollars (plus a part in 10⁹ of it) is a missed withdrawal. */
    private static final double TOLERANCE_USD = 1e-6;
    /** A month as a fraction of a year, 1/12 (a product, not a quotient, in the monthly loop). */
    private static final double MONTH = 1.0 / 12;

    private final double[] startValues;
    private final double[] weights;
    private final double[] liquidShare;
    private final int months;
    private final int startMonth;
    private final int planYears;
    private final int perYear;
    private final int step;
    private final Contributions contributions;
    private final double taxRate;
    private final double reinvestedShare;
    private final double inflation;
    private final boolean rebalance;
    private final double[] inflationIndex;
    private final boolean contributes;
    private final int lastContributionMonth;

    /**
     * @param startValues       each bucket's value at the start, USD (their shares are the starting weights)
     * @param liquidShare       each bucket's share held in positions that can be sold within a month, 0-1
     * @param horizonYears      length of the projection, years (saving phase included)
     * @param plan              the strategy's phases and frequency
     * @param contributions     money added at the start of its months
     * @param taxRate           tax on yield, a fraction
     * @param reinvestedShare   share of after-tax income reinvested during the saving phase
     * @param inflation         consumer price inflation, a fraction a year
     * @param rebalanceAnnually reset to the starting weights every twelve months
     */
    public PlanLedger(double[] startValues, double[] liquidShare, int horizonYears, WithdrawalPlan plan,
                      Contributions contributions, double taxRate, double reinvestedShare, double inflation,
                      boolean rebalanceAnnually) {
        if (plan.startAfterYears() >= horizonYears) {
            throw new IllegalArgumentException("withdrawal.startAfterYears: withdrawals must start before the horizon ("
                    + horizonYears + " years), got " + plan.startAfterYears());
        }
        this.startValues = startValues.clone();
        double total = 0;
        for (double x : startValues) {
            total += x;
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("holdings: the portfolio's total value is zero");
        }
        this.weights = new double[startValues.length];
        for (int b = 0; b < startValues.length; b++) {
            weights[b] = startValues[b] / total;                             // starting weight = value / total
        }
        this.liquidShare = liquidShare.clone();
        this.months = horizonYears * 12;
        this.startMonth = plan.startAfterYears() * 12 + 1;
        this.planYears = horizonYears - plan.startAfterYears();
        this.perYear = plan.frequency().perYear();
        this.step = plan.frequency().months();
        this.contributions = contributions;
        this.contributes = contributions.amountUsd() > 0 && contributions.years() > 0;
        this.lastContributionMonth = contributes ? contributions.years() * 12 : 0;
        this.taxRate = taxRate;
        this.reinvestedShare = reinvestedShare;
        this.inflation = inflation;
        this.rebalance = rebalanceAnnually;
        this.inflationIndex = new double[horizonYears + 1];
        for (int y = 0; y <= horizonYears; y++) {
            inflationIndex[y] = Math.pow(1 + inflation, y);                  // (1 + inflation)^years
        }
    }

    /** Months in the projection. */
    public int months() {
        return months;
    }

    /** The first withdrawal month, 1-based. */
    public int startMonth() {
        return startMonth;
    }

    /**
     * Runs the plan over a path.
     *
     * @param path          the monthly market figures
     * @param strategy      the withdrawal strategy
     * @param yearBalance   if not null, receives the balance at each year's end at {@code offset + year}
     * @param yearIncome    if not null, adds what was paid to the investor in each year (to zeros, so the caller's sums)
     * @param offset        where this path's years start in those arrays
     * @param rows          if not null, receives one row per month
     * @param stopAtFailure stop at the first missed withdrawal (the safe-withdrawal search needs no more)
     *                      (without rows, a run also stops at a year's end once the money is gone for good: a
     *                      withdrawal missed, nothing left, no contributions to come; the later years end at 0)
     * @return the first month (1-based) a planned withdrawal was not paid in full, or 0 if none was missed
     */
    public int run(BucketPath path, WithdrawalStrategy strategy, double[] yearBalance, double[] yearIncome, int offset,
                   List<PlanRow> rows, boolean stopAtFailure) {
        Run r = new Run(path, strategy, rows != null);
        for (int m = 1; m <= months; m++) {
            r.month(m);
            if (rows != null) {
                rows.add(r.row(m));
            }
            if (yearIncome != null) {
                yearIncome[offset + (m - 1) / 12] += r.paid;
            }
            if (m % 12 == 0) {
                double balance = r.total();
                if (yearBalance != null) {
                    yearBalance[offset + m / 12 - 1] = balance;
                }
                if (balance == 0 && r.failMonth > 0 && m >= lastContributionMonth && rows == null) {
                    // emptied for good: no money, no income, nothing added; every later year ends at 0 and pays 0
                    if (yearBalance != null) {
                        Arrays.fill(yearBalance, offset + m / 12, offset + months / 12, 0);
                    }
                    break;
                }
            }
            if (stopAtFailure && r.failMonth > 0) {
                break;
            }
        }
        return r.failMonth;
    }

    /** One run's state and the current month's flows. */
    private final class Run {
        private final BucketPath p;
        private final WithdrawalStrategy s;
        private final int n;
        private final double[] v;
        private final double[] income;
        private final boolean detailed;
        private double pot;
        private double annual;
        private double yearStartBalance;
        private double yearPaid;
        private double yearAdded;
        private double initialBalance;
        private double initialYield;
        private int failMonth;
        private double start;
        private double added;
        private double priceChange;
        private double lost;
        private double gross;
        private double tax;
        private double planned;
        private double paid;
        private double fromIncome;
        private double sold;
        private double reinvested;
        private double shortfall;
        private double invested;
        private double liquid;
        private int nextPayment;

        Run(BucketPath p, WithdrawalStrategy s, boolean detailed) {
            this.p = p;
            this.s = s;
            this.detailed = detailed;
            this.n = weights.length;
            this.v = startValues.clone();
            this.income = new double[n];
            this.nextPayment = startMonth + step - 1;
        }

        double total() {
            double t = pot;
            for (int b = 0; b < n; b++) {
                t += v[b];
            }
            return t;
        }

        void month(int m) {
            int base = (m - 1) * n;
            boolean yearStart = m >= startMonth && (m - startMonth) % 12 == 0;
            if (detailed || yearStart) {
                start = total();
            }
            added = priceChange = lost = gross = tax = planned = paid = fromIncome = sold = reinvested = shortfall = 0;
            if (yearStart) {
                startPlanYear(m, base);
            }
            double c = contributes ? contributions.inMonth(m) : 0;
            if (c > 0) {
                for (int b = 0; b < n; b++) {
                    v[b] += c * weights[b];
                }
                added = c;
                yearAdded += c;
            }
            invested = 0;
            liquid = 0;
            for (int b = 0; b < n; b++) {
                double before = v[b];
                double grown = before * p.growth[base + b];                  // value × e^(log-return)
                double loss = grown * p.loss[base + b];                      // value × share lost
                double after = grown - loss;
                v[b] = after;
                priceChange += grown - before;
                lost += loss;
                income[b] = after * p.apy[base + b] * MONTH;                 // value × APY / 12
                gross += income[b];
                invested += after;
                liquid += after * liquidShare[b];
            }
            tax = gross * taxRate;                                           // gross × tax rate
            if (m < startMonth) {
                saving();
            } else {
                pot += gross - tax;
                if (m == nextPayment) {
                    pay(m);
                    nextPayment += step;
                }
            }
            if (rebalance && m % 12 == 0) {
                rebalance();
            }
        }

        private void saving() {
            for (int b = 0; b < n; b++) {
                double r = income[b] * (1 - taxRate) * reinvestedShare;       // after-tax income × share reinvested
                v[b] += r;
                reinvested += r;
            }
            paid = gross - tax - reinvested;
            fromIncome = paid;
        }

        private void startPlanYear(int m, int base) {
            int planYear = (m - startMonth) / 12;
            double balance = start;
            double invested = balance - pot;
            double yield = 0;
            for (int b = 0; b < n; b++) {
                yield += invested > 0 ? v[b] * p.apy[base + b] / invested : 0;   // Σ vᵢ·APYᵢ / Σ vᵢ
            }
            double previousReturn = 0;
            if (planYear == 0) {
                initialBalance = balance;
                initialYield = yield;
            } else if (yearStartBalance > 0) {
                previousReturn = (balance + yearPaid - yearAdded) / yearStartBalance - 1;
            }
            YearContext c = new YearContext(planYear, planYears - planYear, balance, initialBalance, annual,
                    previousReturn, inflation, inflationIndex[(m - 1) / 12], yield, initialYield);
            annual = Math.max(0, s.annual(c));
            yearStartBalance = balance;
            yearPaid = 0;
            yearAdded = 0;
        }

        /** Pays the instalment due in month m from the month's income, then sells (invested and liquid as grown). */
        private void pay(int m) {
            double due = Math.max(0, s.payment(annual, yearStartBalance, perYear, pot, invested + pot,
                    inflationIndex[(m - 1) / 12]));
            fromIncome = Math.min(pot, due);
            pot -= fromIncome;
            double need = due - fromIncome;
            if (pot > 0) {
                for (int b = 0; b < n; b++) {
                    v[b] += pot * weights[b];
                    liquid += pot * weights[b] * liquidShare[b];
                }
                reinvested = pot;
                pot = 0;
            }
            sold = Math.min(need, liquid);
            if (sold > 0) {
                double f = sold / liquid;                                    // pro rata to liquid value
                for (int b = 0; b < n; b++) {
                    v[b] -= v[b] * liquidShare[b] * f;
                }
            }
            planned = due;
            paid = fromIncome + sold;
            shortfall = need - sold;
            yearPaid += paid;
            if (failMonth == 0 && shortfall > TOLERANCE_USD + due * 1e-9) {
                failMonth = m;
            }
        }

        private void rebalance() {
            double t = total() - pot;
            for (int b = 0; b < n; b++) {
                v[b] = t * weights[b];
            }
        }

        PlanRow row(int m) {
            double deflator = Math.pow(1 + inflation, m / 12.0);             // today's $ = nominal / (1+inflation)^(m/12)
            double end = total();
            return new PlanRow(m, start, added, priceChange, lost, gross, tax, planned, paid, fromIncome, sold,
                    reinvested, shortfall, end, paid / deflator, end / deflator);
        }
    }
}
