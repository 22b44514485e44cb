package org.yieldplan.scenario;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.yieldplan.income.IncomeProjection;
import org.yieldplan.income.IncomeProjector;
import org.yieldplan.income.ProjectionSettings;
import org.yieldplan.market.AssumptionSet;
import org.yieldplan.market.Assumptions;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Portfolio;
import org.yieldplan.rebalance.CostModel;
import org.yieldplan.rebalance.RebalancePlan;
import org.yieldplan.rebalance.Rebalancer;
import org.yieldplan.rebalance.Targets;
import org.yieldplan.rebalance.TaxLots;
import org.yieldplan.rebalance.TradeSettings;
import org.yieldplan.simulation.MarketHistory;
import org.yieldplan.simulation.PlanSetup;
import org.yieldplan.simulation.SimulationSettings;
import org.yieldplan.simulation.SimulationProgress;
import org.yieldplan.simulation.SimulationResult;
import org.yieldplan.simulation.WithdrawalSimulator;
import org.yieldplan.withdrawal.PlanSchedule;
import org.yieldplan.sustainability.PlanFacts;
import org.yieldplan.sustainability.Screening;
import org.yieldplan.sustainability.SustainabilityScreen;
import org.yieldplan.sustainability.Thresholds;
import org.yieldplan.template.TemplateLibrary;

/**
 * Turns a {@link Scenario} into its {@link ScenarioResult}: stateless; the catalog, templates and
 * simulator are its collaborators.
 */
public final class ScenarioRunner {

    private final Catalog catalog;
    private final TemplateLibrary templates;
    private final IncomeProjector income = new IncomeProjector();
    private final WithdrawalSimulator simulator;
    private final SustainabilityScreen screen;
    private final AssumptionAnalysis analysis;
    private final Supplier<MarketHistory> history;
    /** The last results, least recently used first out; null when the runner remembers none. */
    private final RecentlyUsed<Scenario, ScenarioResult> memory;

    /** A runner without a price history (no historical replay). */
    public ScenarioRunner(Catalog catalog, TemplateLibrary templates) {
        this(catalog, templates, Thresholds.defaults());
    }

    /** A runner whose sustainability screen uses the given thresholds, without a price history. */
    public ScenarioRunner(Catalog catalog, TemplateLibrary templates, Thresholds thresholds) {
        this(catalog, templates, thresholds, new WithdrawalSimulator());
    }

    /** A runner with its own simulator (threads, most paths a simulation: tests use few), without a price history. */
    public ScenarioRunner(Catalog catalog, TemplateLibrary templates, Thresholds thresholds,
                          WithdrawalSimulator simulator) {
        this(catalog, templates, thresholds, simulator, (Supplier<MarketHistory>) null);
    }

    /**
     * A runner.
     *
     * @param simulator the simulator (threads, most paths a simulation)
     * @param history   the real price history a plan is replayed on, or null for no replay
     */
    public ScenarioRunner(Catalog catalog, TemplateLibrary templates, Thresholds thresholds,
                          WithdrawalSimulator simulator, MarketHistory history) {
        this(catalog, templates, thresholds, simulator, history == null ? null : () -> history);
    }

    /**
     * A runner that asks for the price history when a replay first needs it, after the simulation (a command can read
     * it on another thread meanwhile).
     *
     * @param history gives the real price history a plan is replayed on; null for no replay
     */
    public ScenarioRunner(Catalog catalog, TemplateLibrary templates, Thresholds thresholds,
                          WithdrawalSimulator simulator, Supplier<MarketHistory> history) {
        this(catalog, templates, new SustainabilityScreen(thresholds), simulator, history, null);
    }

    private ScenarioRunner(Catalog catalog, TemplateLibrary templates, SustainabilityScreen screen,
                           WithdrawalSimulator simulator, Supplier<MarketHistory> history,
                           RecentlyUsed<Scenario, ScenarioResult> memory) {
        this.catalog = catalog;
        this.simulator = simulator;
        this.analysis = new AssumptionAnalysis(simulator);
        this.templates = templates;
        this.screen = screen;
        this.history = history;
        this.memory = memory;
    }

    /**
     * This runner, remembering the results of the last {@code entries} scenarios it ran: the same scenario again
     * (equal inputs) gets the same result without being computed again. A result depends on nothing but the
     * scenario, the runner's collaborators and the day (tax lots' holding periods), and is an immutable value, so
     * within a day this changes no figure; a remembered result reports no progress. For processes that run the same
     * scenarios again and again (the tests' sites).
     */
    public ScenarioRunner remembering(int entries) {
        return new ScenarioRunner(catalog, templates, screen, simulator, history, new RecentlyUsed<>(entries));
    }


    /**
     * Runs every calculation for the scenario.
     *
     * @throws IllegalArgumentException naming the field at fault (unknown template, no holdings...)
     */
    public ScenarioResult run(Scenario scenario) {
        return run(scenario, SimulationProgress.NONE);
    }

    /**
     * Runs every calculation for the scenario, telling {@code progress} how the simulation advances.
     *
     * @throws IllegalArgumentException naming the field at fault
     */
    public ScenarioResult run(Scenario scenario, SimulationProgress progress) {
        if (memory == null) {
            return compute(scenario, progress);
        }
        ScenarioResult known = memory.get(scenario);
        if (known == null) {
            known = compute(scenario, progress);
            memory.put(scenario, known);
        }
        return known;
    }

    private ScenarioResult compute(Scenario scenario, SimulationProgress progress) {
        Portfolio portfolio = portfolio(scenario);
        AssumptionSet set = catalog.assumptionSet(scenario.assumptions());
        List<Position> given = new Assumptions(catalog, scenario.overrides()).positions(portfolio);
        List<Position> positions = set.apply(given);
        ProjectionSettings settings = new ProjectionSettings(scenario.horizonYears() * 12, scenario.contributions(),
                scenario.taxRate(), scenario.reinvestedShare(), scenario.inflation());
        IncomeProjection projection = income.project(positions, settings, scenario.goalAnnualIncome());
        PlanSchedule plan = null;
        SimulationResult simulation = null;
        if (scenario.withdrawal() != null) {
            BiFunction<List<Position>, SimulationSettings, PlanSetup> setupOf = (ps, paths) -> planSetup(scenario, ps, paths);
            PlanSetup setup = planSetup(scenario, positions, scenario.simulation());
            plan = simulator.plan(setup);
            WithdrawalSimulator.SimulatedPlan run = simulator.simulateWithOutcome(setup, progress);
            SimulationResult main = run.result();
            boolean canDeplete = main.measure() == null || main.measure().canDeplete();
            simulation = main.with(set.name(),
                    analysis.byAssumptions(catalog, set.name(), run.outcome(), given, scenario.simulation(), setupOf),
                    canDeplete ? analysis.sensitivity(set, given, scenario.simulation(), setupOf) : null,
                    history == null ? null : simulator.replay(setup, history.get()));
        }
        PlanFacts planFacts = plan == null ? null
                : PlanFacts.of(scenario.withdrawal(), plan, simulation, scenario.simulation().targetSuccess());
        Screening screening = screen.screen(positions, catalog, requiredYield(scenario, projection, plan), planFacts);
        return new ScenarioResult(scenario, positions, projection.summary(), projection.schedule(), plan, simulation,
                rebalance(scenario, portfolio), screening.flags(), screening.sustainable());
    }

    /**
     * The yield the goal needs where the plan needs it: from the balance when withdrawals start (median path), the
     * goal in that year's dollars; without a plan (or with nothing left by then), from today's value.
     */
    private static Double requiredYield(Scenario scenario, IncomeProjection projection, PlanSchedule plan) {
        Double goal = scenario.goalAnnualIncome();
        Double atStart = goal == null || plan == null ? null : plan.requiredYield(goal, scenario.inflation());
        return atStart != null ? atStart : projection.summary().requiredYield();
    }

    /**
     * The Monte Carlo simulation alone, without the safe-withdrawal search (a quick what-if on fewer
     * paths); the same numbers as {@link #run}'s simulation for the same scenario.
     *
     * @return the simulation, or null when the scenario has no withdrawal plan
     */
    public SimulationResult simulation(Scenario scenario) {
        if (scenario.withdrawal() == null) {
            return null;
        }
        List<Position> positions = catalog.assumptionSet(scenario.assumptions())
                .apply(new Assumptions(catalog, scenario.overrides()).positions(portfolio(scenario)));
        return simulator.simulate(planSetup(scenario, positions, scenario.simulation()), SimulationProgress.NONE, false);
    }

    private PlanSetup planSetup(Scenario scenario, List<Position> positions, SimulationSettings settings) {
        return new PlanSetup(positions, catalog.correlations(), scenario.withdrawal(), settings,
                scenario.horizonYears(), scenario.contributions(), scenario.inflation(), scenario.taxRate(),
                scenario.reinvestedShare(), scenario.goalAnnualIncome());
    }

    /**
     * Drift and trades against the template's bucket targets, for holdings with a template; else null. When the
     * holdings are lots (a cost basis and an acquisition date, as an exchange history gives them), sales are
     * tax-aware: lots at a loss first, then long-term, then short-term gains, as of the day the plan is computed (UTC),
     * each sale with its realised gain and lots sold ({@link TaxLots}).
     */
    private RebalancePlan rebalance(Scenario scenario, Portfolio portfolio) {
        if (scenario.holdings().isEmpty() || scenario.template() == null || scenario.template().isBlank()) {
            return null;
        }
        boolean lots = portfolio.holdings().stream().anyMatch(h -> h.costBasisUsd() != null && h.acquired() != null);
        return new Rebalancer(CostModel.of(Rebalancer.DEFAULT_FEE_BPS, catalog),
                lots ? TaxLots.of(LocalDate.now(ZoneOffset.UTC)) : null)
                .plan(portfolio, Targets.ofTemplate(templates.get(scenario.template()), null), TradeSettings.bands());
    }

    /** The scenario's portfolio: its holdings, or its amount split by its template. */
    public Portfolio portfolio(Scenario scenario) {
        if (!scenario.holdings().isEmpty()) {
            if (scenario.template() != null && !scenario.template().isBlank()) {
                templates.get(scenario.template());   // fail early on an unknown template
            }
            return new Portfolio(scenario.holdings());
        }
        return templates.get(scenario.template()).allocate(scenario.amountUsd());
    }

    /** The catalog in use. */
    public Catalog catalog() {
        return catalog;
    }

    /** The templates in use. */
    public TemplateLibrary templates() {
        return templates;
    }
}
