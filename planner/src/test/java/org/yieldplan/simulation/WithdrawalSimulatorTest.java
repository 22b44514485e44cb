package org.yieldplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yieldplan.income.Contributions;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.AssumptionSet;
import org.yieldplan.market.Correlations;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.withdrawal.ConstantAmount;
import org.yieldplan.withdrawal.IncomeOnly;
import org.yieldplan.withdrawal.Guardrails;
import org.yieldplan.withdrawal.PlanRow;
import org.yieldplan.withdrawal.PlanSchedule;
import org.yieldplan.withdrawal.WithdrawalPlan;
import org.yieldplan.withdrawal.WithdrawalStrategy;

class WithdrawalSimulatorTest {

    private static final Correlations CORR = TestPositions.correlations(List.of("BTC", "ETH", "USDC"),
            new double[][] {{1, 0.78, 0}, {0.78, 1, 0}, {0, 0, 1}});

    /** Three buckets with no volatility, no failures, constant yields (each bucket its own APY, drift 0). */
    private static PlanSetup calm(WithdrawalStrategy s, int paths) {
        List<Position> ps = List.of(
                TestPositions.of("USDC", Bucket.LENDING, 600_000, 0.05, 0, 0, 0, 0, 0),
                TestPositions.of("ETH", Bucket.STAKING, 300_000, 0.05, 0, 0, 0, 0, 0),
                TestPositions.of("BTC", Bucket.GROWTH, 100_000, 0.05, 0, 0, 0, 0, 0));
        return new PlanSetup(ps, CORR, new WithdrawalPlan(s, 0, WithdrawalPlan.Frequency.MONTHLY),
                new SimulationSettings(paths, 7L, 0.9, null, null, true), 30, Contributions.none(), 0.02, 0, 1);
    }

    /** A volatile three-bucket portfolio with yield swings and failures. */
    private static PlanSetup rough(WithdrawalStrategy s, int paths, Shocks shocks) {
        List<Position> ps = List.of(
                TestPositions.of("USDC", Bucket.LENDING, 500_000, 0.05, 0.01, 0, 0.02, 0.02, 0.5),
                TestPositions.of("ETH", Bucket.STAKING, 300_000, 0.04, 0.75, 0.05, 0.005, 0.005, 0.05),
                TestPositions.of("BTC", Bucket.GROWTH, 200_000, 0, 0.6, 0.05, 0, 0, 0));
        return new PlanSetup(ps, CORR, new WithdrawalPlan(s, 2, WithdrawalPlan.Frequency.QUARTERLY),
                new SimulationSettings(paths, 11L, 0.9, shocks, 5, true), 30, Contributions.none(), 0.025, 0.1, 1);
    }

    @Test
    void theSearchsStartBalance_isThePlansBalanceAtStart_toTheBit() {
        WithdrawalSimulator simulator = new WithdrawalSimulator(1);
        PlanSetup now = calm(new ConstantAmount(40_000, true), 10);
        PlanSetup later = rough(new ConstantAmount(40_000, true), 10, Shocks.NORMAL);
        PlanSetup saving = new PlanSetup(later.positions(), later.correlations(), later.plan(), later.settings(), 30,
                new Contributions(2_000, Contributions.Frequency.MONTHLY, 3), 0.025, 0.1, 0.5);
        for (PlanSetup setup : List.of(now, later, saving)) {
            assertThat(simulator.balanceAtStart(setup)).isEqualTo(simulator.plan(setup).balanceAtStart());
        }
        assertThat(simulator.balanceAtStart(saving)).isGreaterThan(simulator.balanceAtStart(later));   // the saving counts
    }

    @Test
    void withNoVolatilityNoFailuresAndConstantYields_everyPathIsTheDeterministicPlan() {
        double r = 0.05 / 12;
        double payment = 1_000_000 * r / (1 - Math.pow(1 + r, -360));        // PMT(r, 360, 1,000,000)
        PlanSetup setup = calm(new ConstantAmount(payment * 12 * 0.999, false), 50);
        WithdrawalSimulator sim = new WithdrawalSimulator(2);
        PlanSchedule plan = sim.plan(setup);
        SimulationResult mc = sim.simulate(setup, SimulationProgress.NONE);
        assertThat(plan.depletionMonth()).isNull();
        assertThat(mc.successProbability()).isEqualTo(1.0);
        for (int y = 0; y < 30; y++) {
            PlanRow row = plan.years().get(y);
            for (List<Double> band : List.of(mc.percentiles().balance().p5(), mc.percentiles().balance().p95())) {
                assertThat(band.get(y)).isEqualTo(row.endBalance());
            }
            assertThat(mc.percentiles().income().p50().get(y)).isEqualTo(row.withdrawal());
        }
        // and the plan is the annuity: FV after n months = pv(1+r)^n − pmt((1+r)^n − 1)/r
        double p = payment * 0.999;
        double fv = 1_000_000 * Math.pow(1 + r, 240) - p * (Math.pow(1 + r, 240) - 1) / r;
        assertThat(plan.years().get(19).endBalance()).isCloseTo(fv, within(1e-6));
    }

    @Test
    void withNoVolatility_aPaymentAbovePmt_failsOnEveryPathInTheNperMonth() {
        double r = 0.05 / 12;
        double payment = 1.1 * 1_000_000 * r / (1 - Math.pow(1 + r, -360));
        double nper = -Math.log(1 - 1_000_000 * r / payment) / Math.log(1 + r);
        PlanSetup setup = calm(new ConstantAmount(payment * 12, false), 20);
        SimulationResult mc = new WithdrawalSimulator(2).simulate(setup, SimulationProgress.NONE);
        assertThat(mc.successProbability()).isZero();
        int month = (int) Math.ceil(nper);
        assertThat(mc.depletionYears()).containsExactly(new DepletionYear((month - 1) / 12 + 1, 20, 1.0));
        assertThat(new WithdrawalSimulator(1).plan(setup).depletionMonth()).isEqualTo(month);
        // safe withdrawal: the PMT itself (every path is the same), to the bisection's precision
        assertThat(mc.safeWithdrawal().annual()).isCloseTo(payment / 1.1 * 12, within(payment * 12 * 1e-5));
    }

    @Test
    void sameSeed_sameNumbers_onOneThreadOrMany() {
        PlanSetup setup = rough(Guardrails.of(0.05), 700, Shocks.STUDENT_T);
        SimulationResult one = new WithdrawalSimulator(1).simulate(setup, SimulationProgress.NONE);
        SimulationResult many = new WithdrawalSimulator(Math.max(4, Runtime.getRuntime().availableProcessors()))
                .simulate(setup, SimulationProgress.NONE);
        assertThat(many).isEqualTo(one);
        assertThat(one.successProbability()).isBetween(0.0, 1.0);
        assertThat(one.percentiles().balance().p5().get(29)).isLessThan(one.percentiles().balance().p95().get(29));
    }

    @Test
    void safeWithdrawal_meetsTheTargetOnTheSamePaths_andFivePercentMoreDoesNot() {
        PlanSetup setup = rough(new ConstantAmount(60_000, true), 2_000, Shocks.NORMAL);
        WithdrawalSimulator sim = new WithdrawalSimulator();
        SafeWithdrawal safe = sim.simulate(setup, SimulationProgress.NONE).safeWithdrawal();
        assertThat(safe.annual()).isPositive();
        assertThat(safe.monthly()).isCloseTo(safe.annual() / 12, within(1e-9));
        PlanSetup at = rough(new ConstantAmount(safe.annual(), true), 2_000, Shocks.NORMAL);
        PlanSetup above = rough(new ConstantAmount(safe.annual() * 1.05, true), 2_000, Shocks.NORMAL);
        assertThat(sim.simulate(at, SimulationProgress.NONE).successProbability()).isGreaterThanOrEqualTo(0.9);
        assertThat(sim.simulate(above, SimulationProgress.NONE).successProbability()).isLessThan(0.9);
    }

    /**
     * The search answers with the grid quantile itself, with the pilot and window in play (2,000 paths: 256 pilot
     * paths, the rest tested at the window's edges): at the answer at least the target share of the same paths pay
     * every instalment, one grid step above it fewer do. Checked by plain simulations, not by the search.
     */
    @Test
    void safeWithdrawal_isTheTargetQuantile_toOneGridStep() {
        for (double target : new double[] {0.9, 0.5}) {
            PlanSetup setup = withTarget(rough(new ConstantAmount(60_000, true), 2_000, Shocks.NORMAL), target);
            WithdrawalSimulator sim = new WithdrawalSimulator(2);
            SafeWithdrawal safe = sim.safeWithdrawal(setup, SimulationProgress.NONE);
            double at = sim.successProbability(withTarget(rough(new ConstantAmount(safe.annual(), true), 2_000,
                    Shocks.NORMAL), target));
            double stepAbove = sim.successProbability(withTarget(rough(new ConstantAmount(
                    safe.annual() + safe.precision() * 1.001, true), 2_000, Shocks.NORMAL), target));
            assertThat(at).as("target " + target).isGreaterThanOrEqualTo(target);
            assertThat(stepAbove).as("target " + target).isLessThan(target);
            assertThat(sim.simulate(setup, SimulationProgress.NONE).safeWithdrawal()).isEqualTo(safe);
        }
    }

    /**
     * The plan's own run bounds each path's answer (a path that pays a constant amount pays any lower one), and the
     * search skips the tests that bound answers; the answer stays the grid quantile whatever the plan's own amount:
     * far below it, just below, at it, one step above, far above. At the answer itself (the bound then cuts through
     * the quantile) it is checked again by plain simulations.
     */
    @Test
    void safeWithdrawal_isTheSame_whateverThePlansOwnAmount() {
        WithdrawalSimulator sim = new WithdrawalSimulator(2);
        for (int paths : new int[] {2_000, 200}) {                          // pilot and window; the pilot alone
            SafeWithdrawal reference = sim.safeWithdrawal(rough(new ConstantAmount(60_000, true), paths, Shocks.NORMAL),
                    SimulationProgress.NONE);
            double w = reference.annual();
            double step = reference.precision();
            for (double own : new double[] {1_000, w - 5 * step, w, w + step, 2 * w, 5_000_000}) {
                PlanSetup setup = rough(new ConstantAmount(own, true), paths, Shocks.NORMAL);
                assertThat(sim.safeWithdrawal(setup, SimulationProgress.NONE)).as(paths + " paths, own amount " + own)
                        .isEqualTo(reference);
                assertThat(sim.simulate(setup, SimulationProgress.NONE).safeWithdrawal())
                        .as(paths + " paths, own amount " + own).isEqualTo(reference);
            }
            assertThat(sim.successProbability(rough(new ConstantAmount(w, true), paths, Shocks.NORMAL)))
                    .isGreaterThanOrEqualTo(0.9);
            assertThat(sim.successProbability(rough(new ConstantAmount(w + step * 1.001, true), paths, Shocks.NORMAL)))
                    .isLessThan(0.9);
        }
    }

    /**
     * One run gives the simulation and the plan's row among the assumption sets: the same result as a simulation of its
     * own and the same outcome as {@link WithdrawalSimulator#outcome}'s on the same paths, for a plan that can run out
     * and for one that cannot (whose result reports no safe withdrawal while its outcome has one, with the goal met).
     */
    @Test
    void simulateWithOutcome_isSimulateAndOutcome_fromOneRun() {
        WithdrawalSimulator sim = new WithdrawalSimulator(2);
        PlanSetup depleting = rough(new ConstantAmount(60_000, true), 600, Shocks.NORMAL);
        PlanSetup p = rough(new IncomeOnly(), 600, Shocks.NORMAL);
        PlanSetup incomeOnly = new PlanSetup(p.positions(), p.correlations(), p.plan(), p.settings(), p.horizonYears(),
                p.contributions(), p.inflation(), p.taxRate(), p.reinvestedShare(), 30_000.0);
        for (PlanSetup setup : List.of(depleting, incomeOnly)) {
            WithdrawalSimulator.SimulatedPlan both = sim.simulateWithOutcome(setup, SimulationProgress.NONE);
            SimulationResult alone = sim.simulate(setup, SimulationProgress.NONE);
            assertThat(both.result()).isEqualTo(alone);
            assertThat(both.outcome()).isEqualTo(sim.outcome(setup));
            assertThat(both.outcome().paths()).isEqualTo(600);
        }
        WithdrawalSimulator.SimulatedPlan plan = sim.simulateWithOutcome(depleting, SimulationProgress.NONE);
        assertThat(plan.outcome().successProbability()).isEqualTo(plan.result().successProbability());
        assertThat(plan.outcome().safeWithdrawal()).isEqualTo(plan.result().safeWithdrawal().annual());
        WithdrawalSimulator.SimulatedPlan income = sim.simulateWithOutcome(incomeOnly, SimulationProgress.NONE);
        assertThat(income.result().safeWithdrawal()).isNull();
        assertThat(income.outcome().successProbability()).isNull();
        assertThat(income.outcome().safeWithdrawal()).isPositive();
        assertThat(income.outcome().goalMetProbability()).isEqualTo(income.result().measure().goalMetProbability());
    }

    private static PlanSetup withTarget(PlanSetup s, double target) {
        SimulationSettings t = s.settings();
        return new PlanSetup(s.positions(), s.correlations(), s.plan(), new SimulationSettings(t.paths(), t.seed(),
                target, t.shocks(), t.degreesOfFreedom(), t.rebalanceAnnually()), s.horizonYears(), s.contributions(),
                s.inflation(), s.taxRate(), s.reinvestedShare());
    }

    /**
     * A column of the sensitivity grid (one volatility, several growth shifts) shares its paths: each setup's success
     * is the one a run of its own gives (the first exactly; the shifted ones up to a growth's last bit, so at most a
     * path apart), and a setup that differs in volatility is run on its own.
     */
    @Test
    void setupsThatDifferInDriftAlone_shareTheirPaths_withEachOnesOwnSuccess() {
        PlanSetup base = rough(new ConstantAmount(70_000, true), 1_000, Shocks.NORMAL);
        AssumptionSet set = SampleFiles.catalog().assumptionSet("base");
        List<PlanSetup> column = new java.util.ArrayList<>();
        for (double shift : new double[] {0, -0.1, 0.1}) {
            column.add(new PlanSetup(set.shifted(shift, 1).apply(base.positions()), base.correlations(), base.plan(),
                    base.settings(), base.horizonYears(), base.contributions(), base.inflation(), base.taxRate(),
                    base.reinvestedShare()));
        }
        WithdrawalSimulator sim = new WithdrawalSimulator(2);
        assertThat(column.get(0).model().driftFactors(column.get(1).model())).isNotNull();
        double[] shared = sim.successProbabilities(column);
        assertThat(shared[0]).isEqualTo(sim.successProbability(column.get(0)))
                .isEqualTo(sim.simulate(column.get(0), SimulationProgress.NONE, false).successProbability());
        for (int c = 1; c < column.size(); c++) {
            assertThat(shared[c]).isCloseTo(sim.successProbability(column.get(c)), within(1.0 / 1_000));
        }
        assertThat(shared[1]).isLessThan(shared[0]);
        assertThat(shared[2]).isGreaterThan(shared[0]);

        PlanSetup calmer = new PlanSetup(set.shifted(0, 0.5).apply(base.positions()), base.correlations(), base.plan(),
                base.settings(), base.horizonYears(), base.contributions(), base.inflation(), base.taxRate(),
                base.reinvestedShare());
        assertThat(column.get(0).model().driftFactors(calmer.model())).isNull();
        assertThat(sim.successProbabilities(List.of(column.get(0), calmer))[1])
                .isEqualTo(sim.successProbability(calmer));
    }

    @Test
    void aPathCap_runsTheFirstPathsOfTheSameSeed_andSaysHowManyRan() {
        SimulationResult capped = new WithdrawalSimulator(2, 300).simulate(rough(Guardrails.of(0.05), 5_000, Shocks.NORMAL),
                SimulationProgress.NONE);
        SimulationResult asked = new WithdrawalSimulator(2).simulate(rough(Guardrails.of(0.05), 300, Shocks.NORMAL),
                SimulationProgress.NONE);
        assertThat(capped.paths()).isEqualTo(300);
        assertThat(capped).isEqualTo(asked);
        assertThat(new WithdrawalSimulator(2, 300).simulate(rough(Guardrails.of(0.05), 100, Shocks.NORMAL),
                SimulationProgress.NONE).paths()).isEqualTo(100);
        assertThatThrownBy(() -> new WithdrawalSimulator(2, 0)).hasMessageStartingWith("maxPaths:");
    }

    @Test
    void badInput_namesTheField() {
        assertThatThrownBy(() -> new PlanSetup(List.of(), CORR, new WithdrawalPlan(Guardrails.of(0.04), 0, null),
                null, -5, null, 0, 0, 0)).hasMessageStartingWith("horizonYears:");
        assertThatThrownBy(() -> new SimulationSettings(null, null, 1.0, null, null, null))
                .hasMessageStartingWith("simulation.targetSuccess:");
        assertThatThrownBy(() -> new SimulationSettings(null, null, 0.0, null, null, null))
                .hasMessageStartingWith("simulation.targetSuccess:");
        assertThatThrownBy(() -> Guardrails.of(0)).hasMessageStartingWith("strategy.rate:");
        Correlations notPd = TestPositions.correlations(List.of("BTC", "ETH", "USDC"),
                new double[][] {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}});
        List<Position> ps = List.of(TestPositions.of("BTC", Bucket.GROWTH, 1, 0, 0.8, 0, 0, 0, 0),
                TestPositions.of("ETH", Bucket.STAKING, 1, 0.04, 0.8, 0, 0, 0, 0),
                TestPositions.of("USDC", Bucket.LENDING, 1, 0.05, 0.01, 0, 0, 0, 0));
        assertThatThrownBy(() -> MarketModel.of(ps, notPd, Shocks.NORMAL, 4))
                .hasMessageStartingWith("correlations.matrix:").hasMessageContaining("not positive definite");
    }
}
