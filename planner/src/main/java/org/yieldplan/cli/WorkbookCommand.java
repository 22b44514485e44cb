package org.yieldplan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.simulation.WithdrawalSimulator;
import org.yieldplan.workbook.ProjectionWorkbook;

/** {@code workbook}: writes the projection workbook, a live Excel model of the scenario. */
public final class WorkbookCommand implements Command {

    private final WithdrawalSimulator simulator;

    /** The command, simulating with {@code simulator}. */
    public WorkbookCommand(WithdrawalSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String name() {
        return "workbook";
    }

    @Override
    public String summary() {
        return "write the projection workbook (.xlsx): summary, holdings, assumptions, live income formulas";
    }

    @Override
    public String usage() {
        return "usage: yieldplan workbook (--scenario FILE | --template ID --amount USD | --holdings FILE [--template ID])"
                + " --out projection.xlsx\n\n"
                + "--out FILE             where to write the workbook (.xlsx)\n"
                + ScenarioOptions.USAGE.lines().filter(l -> !l.startsWith("--json"))
                        .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Override
    public int run(List<String> words, PrintStream out, PrintStream err) {
        Set<String> values = new HashSet<>(ScenarioOptions.VALUES);
        values.add("out");
        Args a = Args.parse(words, values, Set.of());
        if (!a.positional().isEmpty()) {
            throw new UsageException("unexpected '" + a.positional().get(0) + "' (see --help)");
        }
        Path file = a.path("out");
        if (file == null) {
            throw new UsageException("say where to write the workbook: --out projection.xlsx");
        }
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("--out: the workbook is an .xlsx file, got '" + file + "'");
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UsageException("--out: no folder " + folder + "; create it first");
        }
        Scenario scenario = ScenarioOptions.scenario(a, err);
        ScenarioResult result = ScenarioOptions.runner(a, simulator, scenario).run(scenario);
        try {
            new ProjectionWorkbook().write(result, file);
        } catch (IOException e) {
            throw new IllegalArgumentException("--out: cannot write " + file + " (" + e.getMessage() + ")");
        }
        out.println("wrote " + file + " (" + result.scenario().name() + ")");
        return 0;
    }
}
