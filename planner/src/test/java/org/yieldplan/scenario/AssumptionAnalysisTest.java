package org.yieldplan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.simulation.AssumptionComparison;
import org.yieldplan.simulation.AssumptionOutcome;
import org.yieldplan.simulation.HistoricalReplay;
import org.yieldplan.simulation.Sensitivity;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.sustainability.Thresholds;

/** The assumption sets, the sensitivity grid and the historical replay on every sample (few paths, same shocks). */
class AssumptionAnalysisTest {

    /** Each sample's simulation by its id, in the samples' order, for the samples that have a withdrawal plan. */
    private static Map<String, SimulationResult> simulatedSamples() {
        Map<String, SimulationResult> out = new LinkedHashMap<>();
        for (Scenario s : SampleFiles.scenarios()) {
            SimulationResult sim = TestRunners.sample(s.id()).simulation();
            if (sim != null) {
                out.put(s.id(), sim);
            }
        }
        return out;
    }

    @Test
    void everySample_isNoBetterUnderBearThanBase_norUnderBaseThanBull() {
        for (Map.Entry<String, SimulationResult> e : simulatedSamples().entrySet()) {
            String id = e.getKey();
            SimulationResult sim = e.getValue();
            AssumptionComparison c = sim.byAssumptions();
            if (c.base().successProbability() != null) {
                assertThat(c.bear().successProbability()).as(id).isLessThanOrEqualTo(c.base().successProbability());
                assertThat(c.base().successProbability()).as(id).isLessThanOrEqualTo(c.bull().successProbability());
            } else if (c.base().goalMetProbability() != null) {
                assertThat(c.bear().goalMetProbability()).as(id).isLessThanOrEqualTo(c.base().goalMetProbability());
                assertThat(c.base().goalMetProbability()).as(id).isLessThanOrEqualTo(c.bull().goalMetProbability());
            }
            assertThat(sim.assumptions()).isEqualTo("base");
        }
    }

    /** The row of the set a plan runs on is the plan's own simulation: the page tells one answer, not two. */
    @Test
    void theSetThePlanRunsOn_showsThePlansOwnFigures_everySample() {
        for (Map.Entry<String, SimulationResult> e : simulatedSamples().entrySet()) {
            String id = e.getKey();
            SimulationResult sim = e.getValue();
            AssumptionOutcome own = sim.byAssumptions().of(sim.assumptions());
            assertThat(own.paths()).as(id).isEqualTo(sim.paths());
            if (sim.measure().canDeplete()) {
                assertThat(own.successProbability()).as(id).isEqualTo(sim.successProbability());
                assertThat(own.safeWithdrawal()).as(id).isEqualTo(sim.safeWithdrawal().annual());
            } else {
                assertThat(own.goalMetProbability()).as(id).isEqualTo(sim.measure().goalMetProbability());
            }
        }
    }

    @Test
    void theCaptions_sayWhichRowIsThePlanAndHowManyPathsEachHad() {
        AssumptionOutcome two = new AssumptionOutcome(2_000, 0.5, 1.0, null);
        AssumptionComparison c = new AssumptionComparison(two, new AssumptionOutcome(10_000, 0.6, 2.0, null), two);
        assertThat(c.howRun("base")).isEqualTo("The base row is this plan's own simulation (10,000 paths); bear and bull"
                + " are run again on the first 2,000 of its paths (the same shocks)");
        AssumptionComparison same = new AssumptionComparison(two, two, two);
        assertThat(same.howRun("bull")).isEqualTo("The bull row is this plan's own simulation (2,000 paths); bear and base"
                + " are run again on the same paths");
        Sensitivity g = new Sensitivity(1_000, List.of(0.0), List.of(1.0), List.of(List.of(0.5)));
        assertThat(g.howRun(10_000)).isEqualTo("1,000 paths a cell, the first of this plan's 10,000 (the same shocks in"
                + " every cell)");
        assertThat(g.howRun(1_000)).isEqualTo("This plan's own 1,000 paths in every cell");
    }

    @Test
    void success_neverFallsAsMedianGrowthRises_inEveryColumnOfEverySamplesGrid() {
        for (Scenario s : SampleFiles.scenarios()) {
            SimulationResult sim = TestRunners.sample(s.id()).simulation();
            if (sim == null || !sim.measure().canDeplete()) {
                assertThat(sim == null ? null : sim.sensitivity()).as(s.id()).isNull();
                continue;
            }
            Sensitivity g = sim.sensitivity();
            assertThat(g.growthShifts()).containsExactly(-0.10, -0.05, 0.0, 0.05, 0.10);
            assertThat(g.volatilityMultipliers()).containsExactly(0.5, 0.75, 1.0, 1.25, 1.5);
            for (int j = 0; j < g.volatilityMultipliers().size(); j++) {
                for (int i = 1; i < g.growthShifts().size(); i++) {
                    assertThat(g.successProbability().get(i).get(j)).as("%s row %d column %d", s.id(), i, j)
                            .isGreaterThanOrEqualTo(g.successProbability().get(i - 1).get(j));
                }
            }
        }
    }

    @Test
    void theBaseCell_ofTheGrid_isThePlanItself_onTheSamePaths() {
        SimulationResult sim = TestRunners.sample("early-retirement").simulation();
        // cell (0 shift, ×1) is the base set on the grid's paths; the main run has at least as many paths
        ScenarioRunner gridSize = new ScenarioRunner(SampleFiles.catalog(), SampleFiles.templates(), Thresholds.defaults(),
                new org.yieldplan.simulation.WithdrawalSimulator(Runtime.getRuntime().availableProcessors(),
                        AssumptionAnalysis.GRID_PATHS));
        assertThat(sim.sensitivity().successProbability().get(2).get(2))
                .isEqualTo(gridSize.simulation(TestRunners.sampleScenario("early-retirement")).successProbability());
    }

    @Test
    void aBearScenario_runsOnTheBearSet_andAnUnknownSetIsRefused() {
        Scenario bear = TestRunners.sampleScenario("early-retirement").toBuilder().assumptions("bear").build();
        SimulationResult sim = TestRunners.fast().run(bear).simulation();
        assertThat(sim.assumptions()).isEqualTo("bear");
        assertThat(sim.successProbability()).isEqualTo(sim.byAssumptions().bear().successProbability());
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> TestRunners.sampleScenario("retiree").toBuilder().assumptions("grim").build()))
                .hasMessageContaining("assumptions").hasMessageContaining("bear, base, bull");
    }

    /**
     * The replay's sentence: the share of starts paying every withdrawal for a plan that can run out; for one that
     * cannot (100 % by construction) the worst start's final balance instead, the lowest of the starts.
     */
    @Test
    void theReplaysSentence_givesAShareOnlyWhereAPlanCanRunOut() {
        ScenarioRunner runner = new ScenarioRunner(SampleFiles.catalog(), SampleFiles.templates(), Thresholds.defaults(),
                TestRunners.fewPaths(), SampleFiles.marketHistory(SampleFiles.catalog()));
        SimulationResult depleting = runner.run(TestRunners.sampleScenario("early-retirement")).simulation();
        HistoricalReplay h = depleting.historicalReplay();
        assertThat(Verdicts.replay(depleting)).isEqualTo(Figures.share(h.successProbability()) + " of the 20 starts pay"
                + " every withdrawal; the worst start is " + h.worstStart());
        SimulationResult income = runner.run(TestRunners.sampleScenario("retiree")).simulation();
        HistoricalReplay r = income.historicalReplay();
        double lowest = r.starts().stream().mapToDouble(HistoricalReplay.ReplayStart::finalBalance).min().orElseThrow();
        assertThat(Verdicts.replay(income)).isEqualTo("This plan cannot run out, so every start pays by its rule; the"
                + " lowest final balance, " + Figures.usd(lowest) + ", follows the start in " + r.worstStart())
                .doesNotContain("%");
    }

    @Test
    void theReplay_startsAtEachMonthOfTheRealWindow_andNamesTheWorst() {
        ScenarioRunner runner = new ScenarioRunner(SampleFiles.catalog(), SampleFiles.templates(), Thresholds.defaults(),
                TestRunners.fewPaths(), SampleFiles.marketHistory(SampleFiles.catalog()));
        HistoricalReplay h = runner.run(TestRunners.sampleScenario("early-retirement")).simulation().historicalReplay();
        assertThat(h.window()).isEqualTo("2021-06..2023-01");
        assertThat(h.starts()).hasSize(20);
        assertThat(h.starts().get(0).start()).isEqualTo("2021-06");
        long ok = h.starts().stream().filter(HistoricalReplay.ReplayStart::succeeds).count();
        assertThat(h.successProbability()).isEqualTo(ok / 20.0);
        double worst = h.starts().stream().filter(s -> s.start().equals(h.worstStart())).findFirst().orElseThrow()
                .finalBalance();
        List<HistoricalReplay.ReplayStart> lasting = h.starts().stream().filter(s -> s.depletionYear() == null).toList();
        if (lasting.size() == h.starts().size()) {
            assertThat(lasting).allSatisfy(s -> assertThat(s.finalBalance()).isGreaterThanOrEqualTo(worst));
        }
    }
}
