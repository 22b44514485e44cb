package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yieldplan.portfolio.Bucket;

class FeesBelowImpermanentLossTest {

    private final FeesBelowImpermanentLoss rule = new FeesBelowImpermanentLoss();

    /** IL(e^x) = sech(x/2) − 1 ≈ −x²/8 + 5x⁴/384; with x ~ N(−σ²/2, σ²): E ≈ −σ²/8 + σ⁴/128. */
    @Test
    void expectedLoss_atSmallVolatility_matchesTheSeriesExpansion() {
        for (double s : new double[] {0.05, 0.1, 0.2}) {
            double series = s * s / 8 - Math.pow(s, 4) / 128;
            assertThat(ExpectedImpermanentLoss.fullRange(s)).isCloseTo(series, within(2e-3 * s * s / 8 + 1e-12));
        }
        assertThat(ExpectedImpermanentLoss.fullRange(0)).isZero();
    }

    @Test
    void expectedLoss_atHighVolatility_matchesAMonteCarloEstimate() {
        double sigma = 1.064;                                   // ETH's catalog volatility
        SplittableRandom rnd = new SplittableRandom(42);
        int n = 2_000_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double r = Math.exp(-sigma * sigma / 2 + sigma * rnd.nextGaussian());  // nextGaussian on SplittableRandom: Java 17
            sum += 1 - 2 * Math.sqrt(r) / (1 + r);
        }
        // standard error ≈ 0.13 / √n ≈ 1e-4
        assertThat(ExpectedImpermanentLoss.fullRange(sigma)).isCloseTo(sum / n, within(5e-4));
    }

    @Test
    void concentratedRangeFour_doublesTheLoss() {
        assertThat(ExpectedImpermanentLoss.concentrationMultiplier(4)).isCloseTo(2.0, within(1e-12));
        assertThat(ExpectedImpermanentLoss.concentrationMultiplier(2)).isCloseTo(1 / (1 - Math.sqrt(0.5)), within(1e-12));
        assertThatThrownBy(() -> ExpectedImpermanentLoss.concentrationMultiplier(1)).hasMessageContaining("above 1");
    }

    @Test
    void feesJustBelowTheExpectedLoss_areFlagged_justAboveAreNot() {
        double loss = ExpectedImpermanentLoss.fullRange(0.8);
        assertThat(rule.check(pool(0.8, loss - 1e-4, null), Comparables.none())).isPresent();
        assertThat(rule.check(pool(0.8, loss + 1e-4, null), Comparables.none())).isEmpty();
    }

    @Test
    void aConcentratedRange_flagsFeesThatCoverTheFullRangeLoss() {
        double fees = ExpectedImpermanentLoss.fullRange(0.8) * 1.5;     // covers full range, not range n = 4 (×2)
        assertThat(rule.check(pool(0.8, fees, null), Comparables.none())).isEmpty();
        Flag f = rule.check(pool(0.8, fees, 4.0), Comparables.none()).orElseThrow();
        assertThat(f.evidence()).filteredOn(e -> e.name().equals("expected IL")).singleElement()
                .satisfies(e -> assertThat(e.value()).isCloseTo(2 * ExpectedImpermanentLoss.fullRange(0.8), within(1e-12)));
    }

    @Test
    void rewardsDoNotCountAsFees() {
        double loss = ExpectedImpermanentLoss.fullRange(0.8);
        PositionFacts p = Facts.position().bucket(Bucket.LIQUIDITY).pair(0.8).apy(loss * 3).reward(loss * 2.5).build();
        assertThat(rule.check(p, Comparables.none())).isPresent();
    }

    @Test
    void aSingleAsset_isNotScreened() {
        assertThat(rule.check(Facts.position().apy(0).build(), Comparables.none())).isEmpty();
    }

    private static PositionFacts pool(double sigma, double fees, Double n) {
        return Facts.position().bucket(Bucket.LIQUIDITY).pair(sigma).apy(fees).rangeFactor(n).build();
    }
}
