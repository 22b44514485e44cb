package org.yieldplan.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each strategy's rule on hand-made year contexts. */
class WithdrawalStrategyTest {

    private static YearContext year(int planYear, int left, double balance, double previous, double lastReturn,
                                    double index, double yield) {
        return new YearContext(planYear, left, balance, 1_000_000, previous, lastReturn, 0.03, index, yield, 0.05);
    }

    @Test
    void constantAmount_inflationAdjustedFollowsTheIndex_nominalStays() {
        assertThat(new ConstantAmount(40_000, true).annual(year(3, 20, 5, 0, 0, 1.1, 0))).isCloseTo(44_000, within(1e-9));
        assertThat(new ConstantAmount(40_000, false).annual(year(3, 20, 5, 0, 0, 1.1, 0))).isEqualTo(40_000);
    }

    @Test
    void ninetyFivePercentRule_fallsAtMostFivePercent() {
        NinetyFivePercentRule s = new NinetyFivePercentRule(0.04);
        assertThat(s.annual(year(0, 30, 1_000_000, 0, 0, 1, 0))).isCloseTo(40_000, within(1e-9));
        assertThat(s.annual(year(1, 29, 500_000, 40_000, -0.5, 1, 0))).isCloseTo(38_000, within(1e-9));   // 0.95 × 40,000
        assertThat(s.annual(year(1, 29, 1_500_000, 40_000, 0.5, 1, 0))).isCloseTo(60_000, within(1e-9));  // 4 % × 1.5 M
    }

    /**
     * The published Bogleheads VPW table, 60/40 stocks/bonds (return 0.6 × 5.0 % + 0.4 × 1.9 % = 3.76 %), as quoted in
     * the forum's "VPW Forward Test" (bogleheads.org/forum/viewtopic.php?p=5552196, 2020): 26.4 % for a 4-year
     * schedule, 5.1 % at age 66 (34 years to 100). Both are annuity-due rates, paid at the start of the year.
     */
    @Test
    void vpw_matchesThePublishedTable() {
        VariablePercentage sixtyForty = new VariablePercentage(0.6 * 0.050 + 0.4 * 0.019);
        assertThat(sixtyForty.annual(year(1, 4, 1_000_000, 0, 0, 1, 0)) / 1_000_000).isCloseTo(0.264, within(0.0005));
        assertThat(sixtyForty.annual(year(1, 34, 1_000_000, 0, 0, 1, 0)) / 1_000_000).isCloseTo(0.051, within(0.0005));
    }

    @Test
    void vpw_paysTheAnnuityDueOverTheYearsLeft() {
        double r = 0.05;
        double expected = 800_000 * r / ((1 - 1 / Math.pow(1.05, 20)) * 1.05);   // PMT(5 %, 20, −800,000, 0, 1): paid at the start
        assertThat(new VariablePercentage(r).annual(year(5, 20, 800_000, 0, 0, 1, 0))).isCloseTo(expected, within(1e-6));
        assertThat(new VariablePercentage(0).annual(year(5, 20, 800_000, 0, 0, 1, 0))).isCloseTo(40_000, within(1e-9));
        assertThat(new VariablePercentage(r).annual(year(9, 1, 800_000, 0, 0, 1, 0))).isCloseTo(800_000, within(1e-6));   // not more than the balance
        // each instalment: the year's percentage (here 10 %) of the balance when paid
        assertThat(new VariablePercentage(r).payment(80_000, 800_000, 12, 0, 600_000, 1)).isCloseTo(5_000, within(1e-9));
    }

    @Test
    void floorAndCeiling_clampInTodaysDollars() {
        FloorCeiling s = new FloorCeiling(new ConstantPercentage(0.04), 30_000, 50_000.0);
        assertThat(s.annual(year(2, 20, 500_000, 0, 0, 1.2, 0))).isCloseTo(36_000, within(1e-9));      // 20,000 → floor 30,000 × 1.2
        assertThat(s.annual(year(2, 20, 2_000_000, 0, 0, 1.2, 0))).isCloseTo(60_000, within(1e-9));    // 80,000 → ceiling 50,000 × 1.2
        assertThat(s.payment(0, 500_000, 12, 0, 500_000, 1.2)).isCloseTo(3_000, within(1e-9));                 // 1,667 → floor 36,000 / 12
        assertThat(new FloorCeiling(new IncomeOnly(), 12_000, null).payment(0, 1e6, 4, 1_000, 1e6, 1)).isEqualTo(3_000);
    }

    @Test
    void yieldGuardrail_cutsWhenTheBlendedYieldFalls_evenIfTheValueHolds() {
        YieldGuardrail s = new YieldGuardrail(0.05, 0.04, null, null);
        assertThat(s.annual(year(1, 29, 1_000_000, 50_000, 0.02, 1, 0.05))).isCloseTo(51_500, within(1e-9));   // inflation raise
        assertThat(s.annual(year(1, 29, 1_000_000, 50_000, 0.02, 1, 0.03))).isCloseTo(45_000, within(1e-9));   // yield 3 % < 4 %: cut
        assertThat(Guardrails.of(0.05).annual(year(1, 29, 1_000_000, 50_000, 0.02, 1, 0.03))).isCloseTo(51_500, within(1e-9));
    }

    @Test
    void badStrategies_nameTheirField() {
        assertThatThrownBy(() -> new ConstantPercentage(0)).hasMessageStartingWith("strategy.rate:");
        assertThatThrownBy(() -> new ConstantPercentage(1.5)).hasMessageStartingWith("strategy.rate:");
        assertThatThrownBy(() -> new ConstantAmount(-1, true)).hasMessageStartingWith("strategy.annualUsd:");
        assertThatThrownBy(() -> new YieldGuardrail(0.05, 0, null, null)).hasMessageStartingWith("strategy.minYield:");
        assertThatThrownBy(() -> new Guardrails(0.05, 1.5, null, null)).hasMessageStartingWith("strategy.guardrail:");
        assertThatThrownBy(() -> new FloorCeiling(new IncomeOnly(), 50_000, 10_000.0)).hasMessageStartingWith("strategy.ceilingUsd:");
        assertThatThrownBy(() -> new WithdrawalPlan(null, 0, null)).hasMessageStartingWith("withdrawal.strategy:");
        assertThatThrownBy(() -> new WithdrawalPlan(new IncomeOnly(), -1, null)).hasMessageStartingWith("withdrawal.startAfterYears:");
    }
}
