package org.yieldplan.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.workbook.ProjectionWorkbook;

/**
 * Writing the projection workbook of the 40-year early-retirement sample (480 months, five
 * buckets, ≈30,000 formulas, the withdrawal plan with the Monte Carlo percentile table and fan
 * chart) to bytes. Target: ≤ 1 s for the workbook; the second benchmark adds the scenario run,
 * whose Monte Carlo simulation (10,000 paths and the safe-withdrawal search) dominates it.
 * {@code mvn -q -Pbench -pl planner test-compile exec:exec -Dbench=ProjectionWorkbookBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ProjectionWorkbookBenchmark {

    private final ScenarioRunner runner = new ScenarioRunner(SampleFiles.catalog(), SampleFiles.templates());
    private final ProjectionWorkbook workbook = new ProjectionWorkbook();
    private Scenario earlyRetirement;
    private ScenarioResult result;

    @Setup
    public void setUp() {
        earlyRetirement = SampleFiles.scenarios().stream().filter(s -> s.id().equals("early-retirement"))
                .findFirst().orElseThrow();
        result = runner.run(earlyRetirement);
        if (result.scenario().horizonYears() != 40) {
            throw new IllegalStateException("the benchmark expects the 40-year early-retirement sample");
        }
    }

    /** The workbook alone, from a computed result. */
    @Benchmark
    public byte[] workbook40Years() {
        return workbook.bytes(result);
    }

    /** The scenario run (simulation included) and its workbook, as a download of a new scenario does. */
    @Benchmark
    public byte[] runAndWorkbook40Years() {
        return workbook.bytes(runner.run(earlyRetirement));
    }
}
