package org.yieldplan.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yieldplan.json.Json;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.simulation.WithdrawalSimulator;

/** {@code income}: blended yield and income, per bucket, low / base / high, with the yearly schedule. */
public final class IncomeCommand implements Command {

    private final WithdrawalSimulator simulator;

    /** The command, simulating with {@code simulator}. */
    public IncomeCommand(WithdrawalSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String name() {
        return "income";
    }

    @Override
    public String summary() {
        return "blended yield and income per month and year, per bucket, low/base/high";
    }

    @Override
    public String usage() {
        return "usage: yieldplan income (--scenario FILE | --template ID --amount USD | --holdings FILE [--template ID])"
                + " [--goal-monthly USD] [--json]\n\n"
                + ScenarioOptions.USAGE;
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Set<String> flags = new HashSet<>(Set.of("json"));
        Args a = Args.parse(words, ScenarioOptions.VALUES, flags);
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected '" + a.positional().get(0) + "' (see --help)");
        }
        Scenario scenario = ScenarioOptions.scenario(a, err);
        ScenarioResult result = ScenarioOptions.runner(a, simulator, scenario).run(scenario);
        out.println(a.has("json") ? Json.pretty(result) : new IncomeReport(result).text());
        return 0;
    }
}
