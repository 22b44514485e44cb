package org.yieldplan.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.input.FieldProblem;
import org.yieldplan.scenario.ScenarioInvalid;
import org.yieldplan.simulation.WithdrawalSimulator;

/** Entry point: {@code java -jar yieldplan.jar COMMAND [OPTIONS]}. */
public final class Main {

    /** Exit status for input the tool refuses. */
    public static final int BAD_INPUT = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();

    /** The tool with its commands. */
    public Main() {
        this(new WithdrawalSimulator());
    }

    /** The tool with its commands, simulating withdrawal plans with {@code simulator} (tests pass one with few paths). */
    public Main(WithdrawalSimulator simulator) {
        for (Command c : List.<Command>of(new IncomeCommand(simulator), new PlanCommand(simulator), new HoldingsCommand(),
                new HoldingsTemplateCommand(), new RebalanceCommand(), new BacktestCommand(), new FlagsCommand(simulator),
                new ForecastCommand(), new CatalogCommand(), new WorkbookCommand(simulator))) {
            commands.put(c.name(), c);
        }
    }

    public static void main(String[] args) {
        int status = new Main().run(Arrays.asList(args), System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Runs a command line; returns the exit status. Never throws for bad input. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || List.of("--help", "-h", "help").contains(args.get(0))) {
            if (args.size() > 1 && commands.containsKey(args.get(1))) {
                out.println(commands.get(args.get(1)).usage());
            } else {
                out.println(help());
            }
            return args.isEmpty() ? BAD_INPUT : 0;
        }
        Command c = commands.get(args.get(0));
        if (c == null) {
            err.println("yieldplan: unknown command '" + args.get(0) + "'; commands: " + String.join(", ", commands.keySet()));
            return BAD_INPUT;
        }
        List<String> rest = args.subList(1, args.size());
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(c.usage());
            return 0;
        }
        try {
            return c.run(rest, out, err);
        } catch (ScenarioInvalid e) {
            // one line per problem, each naming its field as the scenario JSON does
            for (FieldProblem p : e.problems()) {
                err.println("yieldplan " + c.name() + ": " + (e.source() == null ? "" : e.source() + ": ") + p);
            }
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("yieldplan " + c.name() + ": " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("yieldplan " + c.name() + ": could not finish (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            return 1;
        }
    }

    private String help() {
        StringBuilder b = new StringBuilder();
        b.append("yieldplan: income and yield planning for crypto holdings\n\n");
        b.append("usage: java -jar planner/target/yieldplan.jar COMMAND [OPTIONS]\n\ncommands:\n");
        commands.values().forEach(c -> b.append("  ").append(Format.left(c.name() + " ", 10)).append(c.summary()).append('\n'));
        b.append("\n'yieldplan COMMAND --help' shows a command's options.\n");
        return b.toString();
    }
}
