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
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.AssumptionSet;
import org.yieldplan.market.Assumptions;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.Position;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.simulation.PlanSetup;
import org.yieldplan.simulation.SimulationProgress;
import org.yieldplan.simulation.WithdrawalSimulator;

/**
 * The early-retirement sample's assumption analyses, as {@code ScenarioRunner} runs them: the sensitivity grid
 * (25 cells × 1,000 paths, no safe-withdrawal search; target ≤ 2 s on the 2-core machine) and the three assumption
 * sets (2,000 paths each with the safe-withdrawal search).
 *
 * <p>{@code mvn -q -Pbench -pl planner test-compile exec:exec -Dbench=AssumptionsBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AssumptionsBenchmark {

    private static final List<Double> SHIFTS = List.of(-0.10, -0.05, 0.0, 0.05, 0.10);
    private static final List<Double> MULTIPLIERS = List.of(0.5, 0.75, 1.0, 1.25, 1.5);

    private final WithdrawalSimulator simulator = new WithdrawalSimulator();
    private final Catalog catalog = SampleFiles.catalog();
    private final Scenario scenario = SampleFiles.scenarios().stream()
            .filter(s -> s.id().equals("early-retirement")).findFirst().orElseThrow();
    private final List<Position> positions = new Assumptions(catalog, scenario.overrides())
            .positions(new ScenarioRunner(catalog, SampleFiles.templates()).portfolio(scenario));

    private PlanSetup setup(List<Position> ps, int paths) {
        return new PlanSetup(ps, catalog.correlations(), scenario.withdrawal(),
                scenario.simulation().with(paths, null, null), scenario.horizonYears(), scenario.contributions(),
                scenario.inflation(), scenario.taxRate(), scenario.reinvestedShare(), scenario.goalAnnualIncome());
    }

    @Benchmark
    public double sensitivityGrid() {
        double sum = 0;
        AssumptionSet base = catalog.assumptionSet("base");
        for (double shift : SHIFTS) {
            for (double m : MULTIPLIERS) {
                sum += simulator.simulate(setup(base.shifted(shift, m).apply(positions), 1_000), SimulationProgress.NONE,
                        false).successProbability();
            }
        }
        return sum;
    }

    @Benchmark
    public double threeAssumptionSets() {
        double sum = 0;
        for (String name : AssumptionSet.NAMES) {
            sum += simulator.simulate(setup(catalog.assumptionSet(name).apply(positions), 2_000), SimulationProgress.NONE,
                    true).safeWithdrawal().annual();
        }
        return sum;
    }
}
