package org.yieldplan.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yieldplan.income.Contributions;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Assumptions;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.Portfolio;
import org.yieldplan.simulation.PlanSetup;
import org.yieldplan.simulation.SafeWithdrawal;
import org.yieldplan.simulation.SimulationProgress;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.simulation.SimulationSettings;
import org.yieldplan.simulation.WithdrawalSimulator;
import org.yieldplan.withdrawal.ConstantAmount;
import org.yieldplan.withdrawal.WithdrawalPlan;

/**
 * The speed targets: 10,000 paths × 40 years monthly × 6 buckets (staking, lending, liquidity, farming,
 * growth, cash) with correlated shocks and failure events, all cores. Targets on the 2-core machine: one
 * simulation ≤ 250 ms; the safe-withdrawal search ≤ 3 s.
 *
 * <p>{@code mvn -q -Pbench -pl planner test-compile exec:exec -Dbench=SimulationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SimulationBenchmark {

    private final WithdrawalSimulator simulator = new WithdrawalSimulator();
    private final PlanSetup setup = setup();

    private static PlanSetup setup() {
        Catalog catalog = SampleFiles.catalog();
        Portfolio portfolio = new Portfolio(List.of(
                Holding.ofValue("ETH", Bucket.STAKING, 250_000),
                Holding.ofValue("SOL", Bucket.STAKING, 100_000),
                Holding.ofValue("USDC", Bucket.LENDING, 250_000),
                Holding.ofValue("ETH/USDC", Bucket.LIQUIDITY, 100_000),
                Holding.ofValue("CRV/ETH", Bucket.FARMING, 50_000),
                Holding.ofValue("BTC", Bucket.GROWTH, 200_000),
                Holding.ofValue("USDC", Bucket.CASH, 50_000)));
        List<Position> positions = Assumptions.of(catalog).positions(portfolio);
        WithdrawalPlan plan = new WithdrawalPlan(new ConstantAmount(40_000, true), 0, WithdrawalPlan.Frequency.MONTHLY);
        return new PlanSetup(positions, catalog.correlations(), plan, SimulationSettings.defaults(), 40,
                Contributions.none(), 0.025, 0.15, 1);
    }

    @Benchmark
    public SimulationResult oneSimulation() {
        return simulator.simulate(setup, SimulationProgress.NONE, false);
    }

    @Benchmark
    public SafeWithdrawal safeWithdrawalSearch() {
        return simulator.safeWithdrawal(setup, SimulationProgress.NONE);
    }
}
