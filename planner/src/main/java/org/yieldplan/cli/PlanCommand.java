package org.yieldplan.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yieldplan.json.Json;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.simulation.Shocks;
import org.yieldplan.simulation.SimulationSettings;
import org.yieldplan.simulation.WithdrawalSimulator;
import org.yieldplan.withdrawal.WithdrawalPlan;
import org.yieldplan.withdrawal.WithdrawalStrategy;

/** {@code plan}: the deterministic withdrawal plan and its Monte Carlo simulation. */
public final class PlanCommand implements Command {

    private static final Set<String> VALUES = Set.of("strategy", "paths", "seed", "target-success", "start-after",
            "frequency", "floor", "ceiling", "shocks");

    private final WithdrawalSimulator simulator;

    /** The command, simulating with {@code simulator}. */
    public PlanCommand(WithdrawalSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String summary() {
        return "withdrawal plan: year-by-year table, success probability, percentiles, safe withdrawal";
    }

    @Override
    public String usage() {
        return "usage: yieldplan plan (--scenario FILE | --template ID --amount USD --strategy SPEC) [--strategy SPEC]\n"
                + "                     [--paths 10000] [--seed 42] [--target-success 0.9] [--json] [--quiet]\n\n"
                + ScenarioOptions.USAGE + "\n" + StrategyOption.USAGE + """

                  --start-after YEARS    years of saving before the first withdrawal (default: the scenario's, else 0)
                  --frequency F          monthly, quarterly or annual instalments (default: the scenario's, else monthly)
                  --paths N              Monte Carlo paths (default 10000)
                  --seed N               random seed (default 42); the same seed gives the same numbers
                  --target-success P     success probability the safe withdrawal must meet (default 0.9)
                  --shocks KIND          normal or student-t price shocks (default normal)
                  --quiet                no progress on stderr""";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Set<String> values = new HashSet<>(ScenarioOptions.VALUES);
        values.addAll(VALUES);
        Args a = Args.parse(words, values, Set.of("json", "quiet"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected '" + a.positional().get(0) + "' (see --help)");
        }
        Scenario scenario = withPlan(ScenarioOptions.scenario(a, err), a);
        Progress progress = new Progress(a.has("quiet") ? null : err);
        ScenarioResult result = ScenarioOptions.runner(a, simulator, scenario).run(scenario, progress);
        progress.finish();
        out.println(a.has("json") ? Json.pretty(result) : new PlanReport(result).text());
        return 0;
    }

    /** The scenario with the plan and settings the options ask for. */
    static Scenario withPlan(Scenario s, Args a) {
        WithdrawalPlan base = s.withdrawal();
        WithdrawalStrategy strategy = a.has("strategy") ? StrategyOption.parse(a.get("strategy"))
                : base != null ? base.strategy() : null;
        if (strategy == null) {
            throw new UsageException("this scenario has no withdrawal plan; give one with --strategy (e.g. constant:40000)");
        }
        strategy = StrategyOption.limited(strategy, a.number("floor"), a.number("ceiling"));
        Integer startAfter = a.integer("start-after");
        WithdrawalPlan.Frequency frequency = base != null ? base.frequency() : WithdrawalPlan.Frequency.MONTHLY;
        if (a.has("frequency")) {
            try {
                frequency = WithdrawalPlan.Frequency.valueOf(a.get("frequency").strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--frequency must be monthly, quarterly or annual, got '" + a.get("frequency") + "'");
            }
        }
        WithdrawalPlan plan = new WithdrawalPlan(strategy,
                startAfter != null ? startAfter : base != null ? base.startAfterYears() : 0, frequency);
        SimulationSettings settings = s.simulation() != null ? s.simulation() : SimulationSettings.defaults();
        Long seed = a.has("seed") ? Long.valueOf(a.integer("seed")) : null;
        settings = settings.with(a.integer("paths"), seed, a.number("target-success"));
        if (a.has("shocks")) {
            settings = new SimulationSettings(settings.paths(), settings.seed(), settings.targetSuccess(),
                    Shocks.fromId(a.get("shocks")), settings.degreesOfFreedom(), settings.rebalanceAnnually());
        }
        return s.withPlan(plan, settings);
    }
}
