package org.yieldplan.income;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YieldMathTest {

    @Test
    void aprToApy_matchesDomainReferenceValues() {
        // DOMAIN.md: APR 10 % compounded daily → 10.516 %; monthly → 10.471 %
        assertThat(YieldMath.aprToApy(0.10, 365)).isCloseTo(0.10516, within(0.000005));
        assertThat(YieldMath.aprToApy(0.10, 12)).isCloseTo(0.10471, within(0.000005));
        assertThat(YieldMath.aprToApy(0.10, 1)).isEqualTo(0.10, within(1e-15));
        assertThat(YieldMath.aprToApy(0.10, 0)).isCloseTo(Math.exp(0.10) - 1, within(1e-15));
    }

    @Test
    void realYield_isNominalDeflatedByTokenInflation() {
        // (1.07 / 1.045) − 1 = 0.023923..., worked by hand
        assertThat(YieldMath.realYield(0.07, 0.045)).isCloseTo(0.025 / 1.045, within(1e-15));
        assertThat(YieldMath.realYield(0.10, 0.12)).isNegative();
        assertThat(YieldMath.realYield(0.05, 0.0)).isEqualTo(0.05, within(1e-15));
    }

    @ParameterizedTest
    @CsvSource({"50000, 1000000, 0.05", "50000, 500000, 0.10", "75000, 1500000, 0.05", "100000, 750000, 0.13333333333333333"})
    void requiredYield_matchesDomainReferenceValues(double goal, double value, double expected) {
        assertThat(YieldMath.requiredYield(goal, value)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void requiredYield_refusesAnEmptyPortfolio() {
        assertThatThrownBy(() -> YieldMath.requiredYield(1000, 0)).hasMessageContaining("portfolio value");
    }

    @ParameterizedTest
    @CsvSource({"1.25, -0.0062", "1.5, -0.0202", "2, -0.0572", "3, -0.1340", "4, -0.2000", "5, -0.2546", "0.5, -0.0572"})
    void impermanentLoss_matchesDomainReferenceValues(double r, double expected) {
        assertThat(YieldMath.impermanentLoss(r)).isCloseTo(expected, within(0.00005));
    }

    @Test
    void impermanentLoss_isSymmetricInTheRatio() {
        assertThat(YieldMath.impermanentLoss(0.5)).isCloseTo(YieldMath.impermanentLoss(2), within(1e-15));
        assertThat(YieldMath.impermanentLoss(1)).isEqualTo(0.0, within(1e-15));
    }
}
