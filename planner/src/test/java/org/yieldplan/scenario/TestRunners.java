package org.yieldplan.scenario;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.simulation.WithdrawalSimulator;
import org.yieldplan.sustainability.Thresholds;

/**
 * Scenario runners for tests. Tests that are not about the simulation use {@link #fast()}: the bundled catalog and
 * templates with at most {@value #FEW_PATHS} simulation paths (the first paths of the scenario's seed, so the
 * figures are those of a smaller run of the same simulation). Tests that only read a sample's result share
 * {@link #sample(String)}: each sample run once per JVM, at full size.
 */
public final class TestRunners {

    /** The most paths a fast runner simulates: enough for every band, depletion year and safe withdrawal to exist. */
    public static final int FEW_PATHS = 200;

    private static final WithdrawalSimulator FEW = new WithdrawalSimulator(Runtime.getRuntime().availableProcessors(),
            FEW_PATHS);
    private static final ScenarioRunner FAST = new ScenarioRunner(SampleFiles.catalog(), SampleFiles.templates(),
            Thresholds.defaults(), FEW).remembering(64);
    private static final ScenarioRunner FULL = new ScenarioRunner(SampleFiles.catalog(), SampleFiles.templates());
    private static final Map<String, ScenarioResult> SAMPLES = new ConcurrentHashMap<>();

    private TestRunners() {
    }

    /** A simulator on every core that runs at most {@value #FEW_PATHS} paths. */
    public static WithdrawalSimulator fewPaths() {
        return FEW;
    }

    /**
     * The bundled catalog and templates, at most {@value #FEW_PATHS} paths a simulation; a scenario run before is
     * not computed again (the results are values).
     */
    public static ScenarioRunner fast() {
        return FAST;
    }

    /** A bundled sample scenario by id. */
    public static Scenario sampleScenario(String id) {
        return SampleFiles.scenarios().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample scenario " + id));
    }

    /**
     * A sample's result at its full simulation size, as the CLI and the site compute it (flags and the median path
     * depend on it), computed once per JVM: read it, results are immutable values.
     */
    public static ScenarioResult sample(String id) {
        return SAMPLES.computeIfAbsent(id, k -> FULL.run(sampleScenario(k)));
    }
}
