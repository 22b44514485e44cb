package org.yieldplan.input;

/**
 * One thing wrong with one input field.
 *
 * @param field   where, as the scenario JSON names it: {@code taxRate}, {@code withdrawal.strategy.rate},
 *                {@code holdings[3].valueUsd} (indices from 1)
 * @param message what is wrong and what would be right, without the field's name; rates are stated
 *                in percent ("must be 0 % to 100 %, got 150 %"), so it reads the same beside a form field
 */
public record FieldProblem(String field, String message) {

    public FieldProblem {
        if (field == null || field.isBlank() || message == null || message.isBlank()) {
            throw new IllegalStateException("a field problem needs a field and a message");
        }
    }

    /** This problem under a parent field: {@code strategy.rate} under {@code withdrawal}. */
    public FieldProblem under(String parent) {
        if (parent == null || parent.isEmpty() || field.equals(parent) || field.startsWith(parent + ".")
                || field.startsWith(parent + "[")) {
            return this;
        }
        return new FieldProblem(parent + "." + field, message);
    }

    /** The first part of the field: {@code withdrawal} for {@code withdrawal.strategy.rate}, {@code holdings} for {@code holdings[2].asset}. */
    public String root() {
        int end = field.length();
        for (char c : new char[] {'.', '['}) {
            int at = field.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return field.substring(0, end);
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
