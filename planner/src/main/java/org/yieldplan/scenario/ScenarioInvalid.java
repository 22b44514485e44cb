package org.yieldplan.scenario;

import java.util.List;
import java.util.stream.Collectors;
import org.yieldplan.input.FieldProblem;

/**
 * A scenario refused, with every problem found in one pass (not only the first); each names its
 * field as the scenario JSON does. The message lists them all: {@code source: taxRate: ...; horizonYears: ...}.
 */
public class ScenarioInvalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;
    private final String source;

    /**
     * @param source   where the scenario came from, for the message ({@code request body}, a file name), or null
     * @param problems at least one
     */
    public ScenarioInvalid(String source, List<FieldProblem> problems) {
        super((source == null ? "" : source + ": ")
                + problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalStateException("a refused scenario has at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.source = source;
    }

    /** Where the scenario came from, or null. */
    public String source() {
        return source;
    }

    /** The problems, in the order of the scenario's fields. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** The same problems from another source. */
    public ScenarioInvalid from(String source) {
        return new ScenarioInvalid(source, problems);
    }
}
