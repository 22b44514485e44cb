package org.yieldplan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yieldplan.income.Contributions;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.sustainability.Thresholds;
import org.yieldplan.market.Catalog;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.simulation.MarketHistory;
import org.yieldplan.simulation.WithdrawalSimulator;
import org.yieldplan.sustainability.Thresholds;
import org.yieldplan.template.TemplateLibrary;
import org.yieldplan.holdings.HoldingsImport;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.holdings.ImportProblem;

/**
 * The options every scenario command shares: where the scenario comes from and which catalog and
 * templates to use (the bundled samples unless {@code --catalog} / {@code --templates} name files).
 */
public final class ScenarioOptions {

    /** Options that take a value. */
    public static final Set<String> VALUES = Set.of("scenario", "template", "amount", "goal-monthly", "goal-annual",
            "horizon", "catalog", "templates", "holdings", "prices", "pools");

    /** Usage lines for these options. */
    public static final String USAGE = """
              --scenario FILE        a scenario file (see samples/scenarios/)
              --template ID          an allocation template (see samples/templates.json), with --amount
              --holdings FILE        your holdings from an .xlsx, .xls or .csv file (see 'holdings --help');
                                     with --template ID the template gives the targets; or a transaction
                                     history (see 'holdings --help'), whose FIFO lots tax-aware selling uses
              --prices FILE          prices for holdings given as quantities only (see 'holdings --help')
              POOLS
              --amount USD           the amount to allocate by the template
              --goal-monthly USD     income goal a month (or --goal-annual USD)
              --horizon YEARS        years to project (default 30, or the scenario's)
              --catalog FILE         a yield and risk catalog instead of the bundled one
              --templates FILE       a templates file instead of the bundled one
              --json                 print the result as JSON""".replace("POOLS", HoldingsCommand.POOLS_USAGE);

    private ScenarioOptions() {
    }

    /** The runner with the chosen catalog and templates, for what needs no simulation (portfolios, trades). */
    public static ScenarioRunner runner(Args a) {
        return new ScenarioRunner(catalog(a), templates(a));
    }

    /**
     * The runner for {@code scenario} with the chosen catalog and templates, simulating with {@code simulator}; with
     * the bundled price history to replay the scenario's withdrawal plan on, read only when it has one, on another
     * thread while the plan is simulated.
     */
    public static ScenarioRunner runner(Args a, WithdrawalSimulator simulator, Scenario scenario) {
        Catalog catalog = catalog(a);
        if (scenario.withdrawal() == null) {
            return new ScenarioRunner(catalog, templates(a), Thresholds.defaults(), simulator);
        }
        Prefetch<MarketHistory> history = Prefetch.start("price history", () -> SampleFiles.marketHistory(catalog));
        return new ScenarioRunner(catalog, templates(a), Thresholds.defaults(), simulator, history);
    }

    private static Catalog catalog(Args a) {
        return a.has("catalog") ? SampleFiles.catalog(a.path("catalog")) : SampleFiles.catalog();
    }

    private static TemplateLibrary templates(Args a) {
        return a.has("templates") ? SampleFiles.templates(a.path("templates")) : SampleFiles.templates();
    }

    /** The scenario the options describe; holdings import problems are printed on standard error. */
    public static Scenario scenario(Args a) {
        return scenario(a, System.err);
    }

    /** The scenario the options describe; holdings import problems are printed on {@code err} as warnings. */
    public static Scenario scenario(Args a, PrintStream err) {
        Double goal = goal(a);
        Integer horizon = a.integer("horizon");
        if (a.has("holdings")) {
            return withHoldings(a, err, goal, horizon);
        }
        if (a.has("scenario")) {
            if (a.has("template") || a.has("amount")) {
                throw new UsageException("give --scenario FILE or --template ID --amount USD, not both");
            }
            Scenario s = SampleFiles.scenario(a.path("scenario"));
            return goal == null && horizon == null ? s : new Scenario(s.id(), s.name(), s.description(), s.amountUsd(),
                    s.holdings(), s.template(), goal != null ? goal : s.goalAnnualIncome(), s.contributions(),
                    horizon != null ? horizon : s.horizonYears(), s.inflation(), s.taxRate(), s.reinvestedShare(),
                    s.overrides(), s.withdrawal(), s.simulation(), s.assumptions());
        }
        if (!a.has("template") || !a.has("amount")) {
            throw new UsageException("say what to plan: --scenario FILE, or --template ID with --amount USD");
        }
        double amount = a.number("amount");
        if (!(amount > 0)) {
            throw new UsageException("--amount must be a positive number of dollars, got " + a.get("amount"));
        }
        String t = a.get("template");
        return new Scenario(t, t + " with " + Format.money(amount), null, amount, List.of(), t, goal,
                Contributions.none(), horizon == null ? 30 : horizon, 0.025, 0, 0, List.of());
    }

    /** A scenario over the holdings in a file: the --scenario's settings, or the defaults, with those holdings. */
    private static Scenario withHoldings(Args a, PrintStream err, Double goal, Integer horizon) {
        if (a.has("amount")) {
            throw new UsageException("give --holdings FILE or --amount USD, not both");
        }
        Catalog catalog = catalog(a);
        Path file = a.path("holdings");
        HoldingsImport imported = HoldingsCommand.reader(catalog, a).read(file);
        List<Holding> holdings = imported.portfolio().holdings();          // one per lot for a history
        for (ImportProblem p : imported.problems()) {
            String where = String.valueOf(file.getFileName()).equals(p.sheet()) ? "" : file.getFileName() + ": ";
            err.println("yieldplan: " + p.severity().name().toLowerCase(Locale.ROOT) + ": " + where + p);
        }
        String template = a.get("template");
        if (a.has("scenario")) {
            Scenario s = SampleFiles.scenario(a.path("scenario"));
            List<AssumptionOverride> overrides = new ArrayList<>(imported.assumptions());
            overrides.addAll(s.overrides());
            return new Scenario(s.id(), s.name(), s.description(), null, holdings,
                    template != null ? template : s.template(), goal != null ? goal : s.goalAnnualIncome(),
                    s.contributions(), horizon != null ? horizon : s.horizonYears(), s.inflation(), s.taxRate(),
                    s.reinvestedShare(), overrides);
        }
        String name = String.valueOf(file.getFileName());
        return new Scenario("holdings", "Holdings from " + name, null, null, holdings, template, goal,
                Contributions.none(), horizon == null ? 30 : horizon, 0.025, 0, 0, imported.assumptions());
    }

    private static Double goal(Args a) {
        if (a.has("goal-monthly") && a.has("goal-annual")) {
            throw new UsageException("give --goal-monthly or --goal-annual, not both");
        }
        Double monthly = a.number("goal-monthly");
        Double annual = monthly != null ? Double.valueOf(monthly * 12) : a.number("goal-annual");
        if (annual != null && annual < 0) {
            throw new UsageException("the income goal must be zero or more dollars, got " + annual);
        }
        return annual;
    }
}
