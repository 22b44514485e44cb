package org.yieldplan.input;

/**
 * A value refused by the record that would hold it, naming the field; its message is
 * {@code field: reason}, as every input message in the planner reads.
 */
public class InvalidField extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient FieldProblem problem;

    public InvalidField(String field, String reason) {
        this(new FieldProblem(field, reason));
    }

    public InvalidField(FieldProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /** The field and the reason. */
    public FieldProblem problem() {
        return problem;
    }
}
