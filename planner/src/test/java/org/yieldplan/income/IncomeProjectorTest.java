package org.yieldplan.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.market.Position;
import org.yieldplan.market.YieldRange;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;

class IncomeProjectorTest {

    private static final double CENT = 0.005;
    private final IncomeProjector projector = new IncomeProjector();

    static Position position(String asset, Bucket bucket, double value, YieldRange apy, double p, double lgd, double inflation) {
        return new Position(Holding.ofValue(asset, bucket, value), apy, 0, "test", inflation, asset, false, 0.5, 0.0,
                0.01, 0, p, lgd, 1e9, null);
    }

    @Test
    void blendedApy_isValueWeighted() {
        List<Position> ps = List.of(
                position("ETH", Bucket.STAKING, 60_000, new YieldRange(0.03, 0.04, 0.05), 0, 0, 0),
                position("USDC", Bucket.LENDING, 40_000, new YieldRange(0.02, 0.05, 0.08), 0, 0, 0));
        IncomeSummary s = projector.summary(ps, 0, 6_000.0);
        // (60,000 × 4 % + 40,000 × 5 %) / 100,000 = 4.4 %; low (1,800 + 800) / 100,000 = 2.6 %; high 6.2 %
        assertThat(s.blendedApy().base()).isCloseTo(0.044, within(1e-15));
        assertThat(s.blendedApy().low()).isCloseTo(0.026, within(1e-15));
        assertThat(s.blendedApy().high()).isCloseTo(0.062, within(1e-15));
        assertThat(s.annualIncome().base()).isCloseTo(4_400, within(1e-9));
        assertThat(s.monthlyIncome().base()).isCloseTo(4_400 / 12.0, within(1e-9));
        assertThat(s.requiredYield()).isCloseTo(0.06, within(1e-15));
        assertThat(s.buckets()).extracting(BucketIncome::bucket).containsExactly(Bucket.STAKING, Bucket.LENDING);
        assertThat(s.buckets().get(0).weight()).isCloseTo(0.6, within(1e-15));
    }

    @Test
    void netAndRealApy_subtractExpectedLossAndDeflateByTokenInflation() {
        List<Position> ps = List.of(position("DOT", Bucket.STAKING, 100_000, YieldRange.flat(0.12), 0.02, 0.5, 0.075));
        IncomeSummary s = projector.summary(ps, 0.2, null);
        assertThat(s.expectedLossRate()).isCloseTo(0.01, within(1e-15));
        assertThat(s.netApy().base()).isCloseTo(0.11, within(1e-15));
        assertThat(s.realApy()).isCloseTo(1.12 / 1.075 - 1, within(1e-15));
        assertThat(s.afterTaxAnnualIncome().base()).isCloseTo(12_000 * 0.8, within(1e-9));
        assertThat(s.requiredYield()).isNull();
    }

    @Test
    void firstMonth_followsTheFormulasByHand() {
        // $120,000 at 6 %, p × LGD = 1.2 %, tax 10 %, half reinvested, no contributions.
        List<Position> ps = List.of(position("USDC", Bucket.LENDING, 120_000, YieldRange.flat(0.06), 0.024, 0.5, 0));
        IncomeSchedule sch = projector.schedule(ps, new ProjectionSettings(12, Contributions.none(), 0.10, 0.5, 0.03));
        ScheduleRow m1 = sch.months().get(0);
        assertThat(m1.grossIncome()).isCloseTo(600.00, within(CENT));      // 120,000 × 6 % / 12
        assertThat(m1.expectedLoss()).isCloseTo(120.00, within(CENT));     // 120,000 × 1.2 % / 12
        assertThat(m1.tax()).isCloseTo(60.00, within(CENT));
        assertThat(m1.reinvested()).isCloseTo(270.00, within(CENT));
        assertThat(m1.paidOut()).isCloseTo(270.00, within(CENT));
        assertThat(m1.endValue()).isCloseTo(120_150.00, within(CENT));     // + 270 − 120
        assertThat(m1.endValueReal()).isCloseTo(120_150 / Math.pow(1.03, 1 / 12.0), within(1e-6));
        assertThat(sch.monthTotals().get(1).startValue()).isEqualTo(m1.endValue());   // month 2 starts where month 1 ended
    }

    @Test
    void fullReinvestment_compoundsMonthlyLikeTheClosedForm() {
        List<Position> ps = List.of(position("USDC", Bucket.LENDING, 100_000, YieldRange.flat(0.05), 0, 0, 0));
        IncomeSchedule sch = projector.schedule(ps, new ProjectionSettings(120, Contributions.none(), 0, 1, 0));
        double fv = 100_000 * Math.pow(1 + 0.05 / 12, 120);   // FV of monthly compounding at APY/12
        assertThat(sch.monthTotals().get(119).endValue()).isCloseTo(fv, within(1e-6));
        assertThat(sch.yearTotals()).hasSize(10);
        assertThat(sch.yearTotals().get(9).endValue()).isCloseTo(fv, within(1e-6));
    }

    @Test
    void monthlyContributions_growLikeAnAnnuityDue() {
        // Start 0-ish: $1 held, $500 at the start of each month, 6 %/12 a month, fully reinvested.
        List<Position> ps = List.of(position("USDC", Bucket.LENDING, 1, YieldRange.flat(0.06), 0, 0, 0));
        IncomeSchedule sch = projector.schedule(ps, new ProjectionSettings(24,
                new Contributions(500, Contributions.Frequency.MONTHLY, 2), 0, 1, 0));
        double i = 0.06 / 12;
        double fv = 1 * Math.pow(1 + i, 24) + 500 * (Math.pow(1 + i, 24) - 1) / i * (1 + i);  // FV of an annuity due
        assertThat(sch.monthTotals().get(23).endValue()).isCloseTo(fv, within(1e-6));
        assertThat(sch.yearTotals().get(0).contribution()).isCloseTo(6_000, within(1e-9));
    }

    @Test
    void paidOutIncome_leavesTheValueFlatAndSumsToTheAnnualIncome() {
        List<Position> ps = List.of(
                position("ETH", Bucket.STAKING, 50_000, YieldRange.flat(0.04), 0, 0, 0),
                position("USDC", Bucket.LENDING, 50_000, YieldRange.flat(0.06), 0, 0, 0));
        IncomeSchedule sch = projector.schedule(ps, new ProjectionSettings(36, Contributions.none(), 0, 0, 0.02));
        for (ScheduleRow y : sch.yearTotals()) {
            assertThat(y.paidOut()).isCloseTo(5_000, within(1e-9));
            assertThat(y.endValue()).isCloseTo(100_000, within(1e-9));
        }
        double bucketSum = sch.years().stream().filter(r -> r.period() == 2 && !r.bucket().equals(IncomeSchedule.TOTAL))
                .mapToDouble(ScheduleRow::paidOut).sum();
        assertThat(bucketSum).isCloseTo(sch.yearTotals().get(1).paidOut(), within(1e-9));
        // real paid out in year 3: Σ 5,000/12 / 1.02^(m/12), m = 25..36
        double real = 0;
        for (int m = 25; m <= 36; m++) {
            real += 5_000 / 12.0 / Math.pow(1.02, m / 12.0);
        }
        assertThat(sch.yearTotals().get(2).paidOutReal()).isCloseTo(real, within(1e-9));
    }

    @Test
    void annualContributions_arriveInTheFirstMonthOfEachYear() {
        Contributions c = new Contributions(1_200, Contributions.Frequency.ANNUAL, 2);
        assertThat(c.inMonth(1)).isEqualTo(1_200);
        assertThat(c.inMonth(2)).isZero();
        assertThat(c.inMonth(13)).isEqualTo(1_200);
        assertThat(c.inMonth(25)).isZero();
    }
}
