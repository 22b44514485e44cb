package org.yieldplan.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yieldplan.json.Json;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.simulation.WithdrawalSimulator;
import org.yieldplan.sustainability.Screening;

/** {@code flags}: the sustainability screen, flags grouped by severity with their evidence. */
public final class FlagsCommand implements Command {

    private final WithdrawalSimulator simulator;

    /** The command, simulating with {@code simulator}. */
    public FlagsCommand(WithdrawalSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String name() {
        return "flags";
    }

    @Override
    public String summary() {
        return "which yields will not last: flags by severity, with the evidence, and the sustainable yield";
    }

    @Override
    public String usage() {
        return "usage: yieldplan flags (--scenario FILE | --template ID --amount USD) [--rules FILE] [--json]\n\n"
                + ScenarioOptions.USAGE + "\n"
                + "--rules FILE           sustainability thresholds (see samples/sustainability-rules.json)";
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Set<String> values = new HashSet<>(ScenarioOptions.VALUES);
        values.add("rules");
        Args a = Args.parse(words, values, Set.of("json"));
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected '" + a.positional().get(0) + "' (see --help)");
        }
        Scenario scenario = ScenarioOptions.scenario(a);
        ScenarioRunner runner = ScenarioOptions.runner(a, simulator, scenario);
        if (a.has("rules")) {
            runner = new ScenarioRunner(runner.catalog(), runner.templates(), SampleFiles.thresholds(a.path("rules")),
                    simulator);
        }
        ScenarioResult result = runner.run(scenario);
        out.println(a.has("json") ? Json.pretty(new Screening(result.flags(), result.sustainable())) : new FlagsReport(result).text());
        return 0;
    }
}
