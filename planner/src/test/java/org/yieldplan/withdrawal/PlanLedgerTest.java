package org.yieldplan.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yieldplan.income.Contributions;

/** The ledger against annuity closed forms (PMT, NPER, FV) and hand-built paths. */
class PlanLedgerTest {

    private static final double TOLERANCE = 1e-6;

    /** A one-bucket path with constant growth and APY and no losses. */
    private static BucketPath flat(int months, double growth, double apy) {
        BucketPath p = new BucketPath(1, months);
        for (int t = 0; t < months; t++) {
            p.growth[t] = growth;
            p.apy[t] = apy;
        }
        return p;
    }

    private static PlanLedger ledger(double start, int years, WithdrawalPlan plan, Contributions c, double tax) {
        return new PlanLedger(new double[] {start}, new double[] {1}, years, plan, c, tax, 1.0, 0.025, false);
    }

    /** PMT(r, n, pv): the level payment that spends pv in n periods, (pv·r) / (1 − (1 + r)^−n). */
    private static double pmt(double r, int n, double pv) {
        return pv * r / (1 - Math.pow(1 + r, -n));
    }

    /** NPER(r, pmt, pv): periods until pv is spent, −ln(1 − pv·r/pmt) / ln(1 + r). */
    private static double nper(double r, double pmt, double pv) {
        return -Math.log(1 - pv * r / pmt) / Math.log(1 + r);
    }

    @Test
    void aLevelPaymentOfPmt_spendsTheBalanceExactlyAtTheHorizon() {
        double apy = 0.06;
        double tax = 0.15;
        double r = apy * (1 - tax) / 12;                                     // after-tax monthly yield
        double payment = pmt(r, 360, 1_000_000);
        PlanLedger l = ledger(1_000_000, 30, new WithdrawalPlan(new ConstantAmount(payment * 12, false), 0,
                WithdrawalPlan.Frequency.MONTHLY), Contributions.none(), tax);
        List<PlanRow> rows = new ArrayList<>();
        int fail = l.run(flat(360, 1, apy), new ConstantAmount(payment * 12, false), null, null, 0, rows, false);
        assertThat(fail).isZero();
        assertThat(rows.get(359).endBalance()).isCloseTo(0, within(1e-4));
        // FV after 10 years: pv(1+r)^n − pmt((1+r)^n − 1)/r
        double fv = 1_000_000 * Math.pow(1 + r, 120) - payment * (Math.pow(1 + r, 120) - 1) / r;
        assertThat(rows.get(119).endBalance()).isCloseTo(fv, within(TOLERANCE));
    }

    @Test
    void aLargerPayment_runsOutInTheMonthNperGives() {
        double apy = 0.05;
        double r = apy / 12;
        double payment = 1.25 * pmt(r, 360, 500_000);
        WithdrawalStrategy s = new ConstantAmount(payment * 12, false);
        PlanLedger l = ledger(500_000, 30, new WithdrawalPlan(s, 0, WithdrawalPlan.Frequency.MONTHLY), Contributions.none(), 0);
        int fail = l.run(flat(360, 1, apy), s, null, null, 0, null, false);
        assertThat(fail).isEqualTo((int) Math.ceil(nper(r, payment, 500_000)));
    }

    @Test
    void savingPhase_growsLikeAnAnnuityDue() {
        double apy = 0.08;
        double r = apy / 12;
        WithdrawalStrategy s = new ConstantAmount(0, false);
        Contributions c = new Contributions(500, Contributions.Frequency.MONTHLY, 20);
        PlanLedger l = ledger(5_000, 25, new WithdrawalPlan(s, 20, WithdrawalPlan.Frequency.MONTHLY), c, 0);
        List<PlanRow> rows = new ArrayList<>();
        l.run(flat(300, 1, apy), s, null, null, 0, rows, false);
        // FV = pv(1+r)^n + c·((1+r)^n − 1)/r·(1+r): contributions at the start of each month
        double fv = 5_000 * Math.pow(1 + r, 240) + 500 * (Math.pow(1 + r, 240) - 1) / r * (1 + r);
        assertThat(rows.get(239).endBalance()).isCloseTo(fv, within(TOLERANCE));
    }

    @Test
    void incomeOnlyPlan_neverSellsPrincipal() {
        BucketPath p = wild(2, 480, 7);
        WithdrawalStrategy s = new IncomeOnly();
        PlanLedger l = new PlanLedger(new double[] {600_000, 400_000}, new double[] {1, 1}, 40,
                new WithdrawalPlan(s, 0, WithdrawalPlan.Frequency.QUARTERLY), Contributions.none(), 0.1, 0, 0.025, true);
        List<PlanRow> rows = new ArrayList<>();
        int fail = l.run(p, s, null, null, 0, rows, false);
        assertThat(fail).isZero();
        assertThat(rows).allSatisfy(r -> assertThat(r.principalSold()).isZero());
        assertThat(rows.stream().mapToDouble(PlanRow::withdrawal).sum()).isPositive();
        double netIncome = rows.stream().mapToDouble(r -> r.grossIncome() - r.tax()).sum();
        double paid = rows.stream().mapToDouble(PlanRow::withdrawal).sum();
        assertThat(paid).isCloseTo(netIncome - unpaidAtEnd(rows), within(1e-6 * paid));
        assertThat(rows.get(rows.size() - 1).endBalance()).isPositive();
    }

    /** After-tax income of the months after the last quarterly instalment, not yet paid out (none here: 480 months). */
    private static double unpaidAtEnd(List<PlanRow> rows) {
        return 0;
    }

    @Test
    void constantPercentagePlan_neverDepletes() {
        BucketPath p = wild(3, 600, 11);
        WithdrawalStrategy s = new ConstantPercentage(0.25);
        PlanLedger l = new PlanLedger(new double[] {1, 2, 3}, new double[] {1, 1, 1}, 50,
                new WithdrawalPlan(s, 0, WithdrawalPlan.Frequency.MONTHLY), Contributions.none(), 0, 0, 0.025, false);
        List<PlanRow> rows = new ArrayList<>();
        assertThat(l.run(p, s, null, null, 0, rows, false)).isZero();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.endBalance()).isPositive();
            assertThat(r.withdrawal()).isCloseTo(0.25 / 12 * (r.endBalance() + r.withdrawal()), within(1e-9 * r.startBalance()));
        });
    }

    /**
     * Guyton-Klinger by hand: $1,000,000, 5 %, annual instalments at each plan year's end, no yield, 3 % inflation.
     * Year 1: W = 50,000; balance 950,000. Year 2: last return (950,000 + 50,000)/1,000,000 − 1 = 0, not a loss,
     * so W = 51,500; rate 51,500/950,000 = 5.42 % inside 4-6 %. Prices fall 40 % in year 2's first month: 570,000,
     * less 51,500 = 518,500. Year 3: return 570,000/950,000 − 1 = −40 %, so no raise (51,500), and the rate
     * 51,500/518,500 = 9.93 % is above 6 % with 28 years left: cut 10 % to 46,350.
     */
    @Test
    void guardrails_cutTenPercentExactlyWhenTheRateBreaksTheUpperRail() {
        List<PlanRow> rows = guardrailRun(30);
        assertThat(rows.get(11).planned()).isCloseTo(50_000, within(1e-9));
        assertThat(rows.get(23).planned()).isCloseTo(51_500, within(1e-9));
        assertThat(rows.get(35).planned()).isCloseTo(46_350, within(1e-9));
        // year 4: return (472,150 + 46,350)/518,500 − 1 = 0, so a raise by inflation to 47,740.50; but the rate
        // 47,740.50/472,150 = 10.1 % is still above 6 %: cut again, to 42,966.45
        double b3 = 518_500 - 46_350;
        assertThat(46_350 * 1.03 / b3).isGreaterThan(0.06);
        assertThat(rows.get(47).planned()).isCloseTo(46_350 * 1.03 * 0.9, within(1e-9));
    }

    @Test
    void guardrails_doNotCutInTheLastFifteenYears() {
        List<PlanRow> rows = guardrailRun(17);                               // year 3 has 15 years left
        assertThat(rows.get(35).planned()).isCloseTo(51_500, within(1e-9));
    }

    private static List<PlanRow> guardrailRun(int years) {
        BucketPath p = flat(years * 12, 1, 0);
        p.growth[12] = 0.6;
        WithdrawalStrategy s = Guardrails.of(0.05);
        PlanLedger l = new PlanLedger(new double[] {1_000_000}, new double[] {1}, years,
                new WithdrawalPlan(s, 0, WithdrawalPlan.Frequency.ANNUAL), Contributions.none(), 0, 0, 0.03, false);
        List<PlanRow> rows = new ArrayList<>();
        l.run(p, s, null, null, 0, rows, false);
        return rows;
    }

    @Test
    void lockedValue_cannotPayAWithdrawal() {
        BucketPath p = new BucketPath(2, 120);
        WithdrawalStrategy s = new ConstantAmount(12_000, false);
        PlanLedger l = new PlanLedger(new double[] {50_000, 1_000_000}, new double[] {1, 0}, 10,
                new WithdrawalPlan(s, 0, WithdrawalPlan.Frequency.MONTHLY), Contributions.none(), 0, 0, 0, false);
        // 50,000 liquid at 1,000 a month lasts exactly 50 months; the locked million cannot help
        assertThat(l.run(p, s, null, null, 0, null, false)).isEqualTo(51);
    }

    @Test
    void anEmptiedPortfolio_isNotRunOn_withTheSameYearsAsAFullRun() {
        for (Contributions c : List.of(Contributions.none(), new Contributions(300, Contributions.Frequency.MONTHLY, 40))) {
            BucketPath p = wild(3, 480, 5);
            WithdrawalStrategy s = new ConstantAmount(150_000, true);
            PlanLedger l = new PlanLedger(new double[] {300_000, 200_000, 100_000}, new double[] {1, 1, 1}, 40,
                    new WithdrawalPlan(s, 0, WithdrawalPlan.Frequency.MONTHLY), c, 0.1, 0, 0.025, false);
            double[] fullBalance = new double[42];
            double[] fullIncome = new double[42];
            double[] shortBalance = new double[42];
            double[] shortIncome = new double[42];
            Arrays.fill(shortBalance, -1);                                    // every year is written, zeros included
            int fail = l.run(p, s, fullBalance, fullIncome, 1, new ArrayList<>(), false);   // with rows: every month
            assertThat(l.run(p, s, shortBalance, shortIncome, 1, null, false)).isEqualTo(fail).isPositive();
            assertThat(Arrays.copyOfRange(shortBalance, 1, 41)).containsExactly(Arrays.copyOfRange(fullBalance, 1, 41));
            assertThat(shortBalance[0]).isEqualTo(-1);                        // outside this path's years: untouched
            assertThat(shortBalance[41]).isEqualTo(-1);
            assertThat(shortIncome).containsExactly(fullIncome);
            assertThat(fullBalance[40]).isZero();                            // emptied before the horizon
            if (c.amountUsd() == 0) {
                assertThat(fullIncome[40]).isZero();
            } else {
                assertThat(fullIncome[40]).isPositive();                     // contributions still come in and are paid out
            }
        }
    }

    /** A harsh random path: monthly log-returns with 120 % volatility, swinging yields, frequent losses. */
    private static BucketPath wild(int buckets, int months, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        BucketPath p = new BucketPath(buckets, months);
        for (int i = 0; i < buckets * months; i++) {
            p.growth[i] = Math.exp(1.2 / Math.sqrt(12) * rng.nextGaussian());
            p.apy[i] = Math.max(0, 0.05 + 0.05 * rng.nextGaussian());
            p.loss[i] = rng.nextDouble() < 0.01 ? 0.5 : 0;
        }
        return p;
    }
}
