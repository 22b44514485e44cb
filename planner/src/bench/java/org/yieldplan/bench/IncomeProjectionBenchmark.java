package org.yieldplan.bench;

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
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.ScenarioRunner;

/** One scenario run (40-year monthly income schedule) on the bundled samples. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IncomeProjectionBenchmark {

    private final ScenarioRunner runner = new ScenarioRunner(SampleFiles.catalog(), SampleFiles.templates());
    /** Without its withdrawal plan: this measures the income projection alone (see SimulationBenchmark). */
    private final Scenario earlyRetirement = SampleFiles.scenarios().get(1).withPlan(null, null);

    @Benchmark
    public ScenarioResult earlyRetirement40Years() {
        return runner.run(earlyRetirement);
    }
}
