package org.yieldplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;
import org.yieldplan.income.Contributions;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.withdrawal.ConstantAmount;
import org.yieldplan.withdrawal.WithdrawalPlan;

/**
 * The simulation against a closed form: Dufresne (1990) — the present value ∫₀^∞ e^(−((μ − σ²/2)t + σB_t)) dt of a
 * perpetual unit flow from a geometric Brownian motion is 2/(σ²·G), G ~ Gamma(2μ/σ² − 1, 1). A portfolio X₀ paying a
 * constant real rate w·X₀ a year is ruined when that present value exceeds 1/w, so
 * P(ruin) = P(G < 2w/σ²) = P(2μ/σ² − 1, 2w/σ²), the regularised lower incomplete gamma function (Milevsky and
 * Robinson 2000, "Self-annuitization and ruin in retirement"). Over 100 years the simulated success must sit in
 * [1 − P − 0.005, 1 − P + 0.03] (finite horizon and monthly payments ruin a little less often).
 */
class DufresneRuinTest {

    private static final double MU = 0.07;
    private static final double SIGMA = 0.20;

    @Test
    void successMatchesTheReciprocalGammaRuinProbability_at4And5Percent() {
        for (double w : new double[] {0.04, 0.05}) {
            double exact = Gamma.regularizedGammaP(2 * MU / (SIGMA * SIGMA) - 1, 2 * w / (SIGMA * SIGMA));
            double success = simulate(w);
            assertThat(success).as("w = %s, exact ruin %s", w, exact)
                    .isBetween(1 - exact - 0.005, 1 - exact + 0.03);
        }
    }

    private static double simulate(double rate) {
        // one bucket, no yield, no failures: median growth g = μ − σ²/2 so that the mean return is μ
        Position p = TestPositions.of("BTC", Bucket.GROWTH, 1_000_000, 0, SIGMA, MU - SIGMA * SIGMA / 2, 0, 0, 0);
        PlanSetup setup = new PlanSetup(List.of(p), TestPositions.correlations(List.of("BTC"), new double[][] {{1}}),
                new WithdrawalPlan(new ConstantAmount(rate * 1_000_000, true), 0, WithdrawalPlan.Frequency.MONTHLY),
                new SimulationSettings(40_000, 11L, 0.9, null, null, false), 100, Contributions.none(), 0, 0, 0);
        return new WithdrawalSimulator().simulate(setup, SimulationProgress.NONE, false).successProbability();
    }
}
