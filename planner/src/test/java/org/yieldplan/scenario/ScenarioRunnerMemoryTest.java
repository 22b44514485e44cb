package org.yieldplan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.simulation.SimulationProgress;
import org.yieldplan.simulation.WithdrawalSimulator;
import org.yieldplan.sustainability.Thresholds;

/** A remembering runner gives the result it computed before for equal inputs, and computes anything else. */
class ScenarioRunnerMemoryTest {

    private static ScenarioRunner fresh() {
        return new ScenarioRunner(SampleFiles.catalog(), SampleFiles.templates(), Thresholds.defaults(),
                new WithdrawalSimulator(2, 200));
    }

    @Test
    void theSameScenarioAgain_isTheRememberedResult_andEqualToAComputedOne() {
        ScenarioRunner runner = fresh().remembering(2);
        Scenario s = TestRunners.sampleScenario("monthly-saver");
        AtomicInteger reports = new AtomicInteger();
        SimulationProgress counting = (done, of) -> reports.incrementAndGet();
        ScenarioResult first = runner.run(s, counting);
        int computed = reports.get();
        assertThat(computed).isPositive();
        // equal inputs in a new object: the same result, nothing simulated
        ScenarioResult again = runner.run(s.toBuilder().build(), counting);
        assertThat(again).isSameAs(first);
        assertThat(reports.get()).isEqualTo(computed);
        assertThat(again).isEqualTo(fresh().run(s));
        // other inputs are computed
        ScenarioResult other = runner.run(s.toBuilder().assumptions("bear").build());
        assertThat(other).isNotSameAs(first);
        assertThat(other.simulation().assumptions()).isEqualTo("bear");
    }

    @Test
    void theLeastRecentlyUsedResult_isForgottenFirst() {
        ScenarioRunner runner = fresh().remembering(2);
        Scenario a = TestRunners.sampleScenario("retiree");
        Scenario b = TestRunners.sampleScenario("monthly-saver");
        Scenario c = a.toBuilder().assumptions("bear").build();
        runner.run(a);
        runner.run(b);
        assertThat(computes(runner, a)).isFalse();   // remembered, and now the most recent
        runner.run(c);                                // b is forgotten
        assertThat(computes(runner, a)).isFalse();
        assertThat(computes(runner, b)).isTrue();
    }

    /** Whether running the scenario simulates anything (a remembered result reports no progress). */
    private static boolean computes(ScenarioRunner runner, Scenario s) {
        AtomicInteger reports = new AtomicInteger();
        runner.run(s, (done, of) -> reports.incrementAndGet());
        return reports.get() > 0;
    }
}
