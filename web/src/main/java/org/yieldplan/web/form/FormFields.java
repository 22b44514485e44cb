package org.yieldplan.web.form;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yieldplan.input.FieldProblem;

/**
 * The form's fields, each with the scenario JSON field it fills and its label, in one table: the
 * form reads into these fields, and a {@link FieldProblem} found by the planner is shown beside the
 * form field that fills its JSON field, under that field's label.
 */
public final class FormFields {

    /** One field. */
    record Field(String form, String json, String label) {
    }

    private static final Map<String, Field> BY_FORM = new LinkedHashMap<>();
    private static final Map<String, Field> BY_JSON = new LinkedHashMap<>();

    static {
        add("name", "name", "Name");
        add("description", "description", "Description");
        add("template", "template", "Template");
        add("amountUsd", "amountUsd", "Amount");
        add("holdingsFrom", "holdings", "Holdings from");
        add("goalAnnualIncome", "goalAnnualIncome", "Income goal");
        add("horizonYears", "horizonYears", "Horizon");
        add("inflation", "inflation", "Inflation");
        add("taxRate", "taxRate", "Tax on yield");
        add("reinvestedShare", "reinvestedShare", "Income reinvested");
        add("contribAmount", "contributions.amountUsd", "Contribution");
        add("contribFrequency", "contributions.frequency", "Every");
        add("contribYears", "contributions.years", "For");
        add("strategy", "withdrawal.strategy", "Strategy");
        add("w.annualUsd", "withdrawal.strategy.annualUsd", "Withdrawal amount");
        add("w.inflationAdjusted", "withdrawal.strategy.inflationAdjusted", "Rises with inflation");
        add("w.rate", "withdrawal.strategy.rate", "Withdrawal rate");
        add("w.assumedReturn", "withdrawal.strategy.assumedReturn", "Assumed return");
        add("w.minYield", "withdrawal.strategy.minYield", "Cut below blended APY");
        add("w.guardrail", "withdrawal.strategy.guardrail", "Guardrail width");
        add("w.adjustment", "withdrawal.strategy.adjustment", "Cut or raise by");
        add("w.floorUsd", "withdrawal.strategy.floorUsd", "Floor");
        add("w.ceilingUsd", "withdrawal.strategy.ceilingUsd", "Ceiling");
        add("startAfterYears", "withdrawal.startAfterYears", "Withdrawals start after");
        add("frequency", "withdrawal.frequency", "Paid");
        add("paths", "simulation.paths", "Simulation paths");
        add("seed", "simulation.seed", "Random seed");
        add("assumptions", "assumptions", "Assumption set");
        add("overrides", "overrides", "Yields and risks by bucket");
    }

    private FormFields() {
    }

    private static void add(String form, String json, String label) {
        Field f = new Field(form, json, label);
        BY_FORM.put(form, f);
        BY_JSON.put(json, f);
    }

    /** The label of a form field, e.g. "Tax on yield" for {@code taxRate}; the field's name when it has none. */
    public static String label(String formField) {
        Field f = BY_FORM.get(formField);
        if (f != null) {
            return f.label();
        }
        if (formField.startsWith("b.")) {
            String[] parts = formField.split("\\.");
            return parts.length == 3 ? "Bucket " + parts[1] + ", " + parts[2] : formField;
        }
        return formField;
    }

    /** The JSON field a form field fills, e.g. {@code contributions.amountUsd} for {@code contribAmount}. */
    public static String json(String formField) {
        Field f = BY_FORM.get(formField);
        return f == null ? formField : f.json();
    }

    /**
     * The form field that fills a JSON field: the nearest one up its path
     * ({@code withdrawal.strategy.strategy.rate} is {@code w.rate}; {@code overrides[2].apyLow} is {@code overrides}).
     */
    public static String form(String jsonField) {
        String path = jsonField.replace(".strategy.strategy.", ".strategy.");
        while (!path.isEmpty()) {
            Field f = BY_JSON.get(path);
            if (f != null) {
                return f.form();
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut < 0 ? "" : path.substring(0, cut);
        }
        return "form";
    }

    /** A planner problem as the form shows it: field → message. */
    static Map.Entry<String, String> of(FieldProblem p) {
        return Map.entry(form(p.field()), p.message());
    }
}
