package org.yieldplan.web.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.json.Json;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.web.input.Numbers;

/**
 * The withdrawal plan and simulation fields of the form, read and written through the scenario's
 * JSON ({@code withdrawal: {strategy: {type, ...}, startAfterYears, frequency}},
 * {@code simulation: {paths, seed}}). Shown only when the planner's {@link Scenario} has these inputs.
 */
public final class PlanFields {

    /** Strategy type id → its parameters in the form (rates typed as percentages). */
    static final Map<String, List<String>> STRATEGIES = strategies();
    /** Parameters typed as percentages. */
    private static final List<String> PERCENT = List.of("rate", "assumedReturn", "minYield", "guardrail", "adjustment");
    /** Parameters that may be left blank (the planner's default applies). */
    private static final List<String> OPTIONAL = List.of("guardrail", "adjustment");

    private PlanFields() {
    }

    /** True when this build's scenarios take a withdrawal plan and simulation settings. */
    public static boolean supported() {
        return Arrays.stream(Scenario.class.getRecordComponents()).anyMatch(c -> c.getName().equals("withdrawal"));
    }

    /** The strategy ids with a label each, for the select. */
    public static Map<String, String> strategyLabels() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("", "no withdrawal plan");
        out.put("constant-amount", "constant amount a year");
        out.put("constant-percentage", "constant percentage of the balance");
        out.put("income-only", "the income only (never sell)");
        out.put("guardrails", "guardrails (Guyton-Klinger)");
        out.put("95-percent-rule", "95 % rule");
        out.put("vpw", "variable percentage (VPW)");
        out.put("yield-guardrail", "yield guardrail");
        return out;
    }

    /** Fills the form's plan fields from the scenario's JSON. */
    static void fill(Scenario s, Map<String, String> v) {
        if (!supported()) {
            return;
        }
        JsonNode tree = Json.mapper().valueToTree(s);
        JsonNode w = tree.path("withdrawal");
        JsonNode strategy = w.path("strategy");
        v.put("strategy", strategy.path("type").asText(""));
        for (String p : List.of("annualUsd", "rate", "assumedReturn", "minYield", "guardrail", "adjustment")) {
            JsonNode n = strategy.path(p);
            v.put("w." + p, n.isNumber() ? org.yieldplan.web.pages.Fmt.plain(PERCENT.contains(p) ? round(n.asDouble() * 100) : n.asDouble()) : "");
        }
        v.put("w.inflationAdjusted", strategy.path("inflationAdjusted").asBoolean(true) ? "yes" : "");
        v.put("startAfterYears", w.path("startAfterYears").isNumber() ? w.path("startAfterYears").asText() : "0");
        v.put("frequency", w.path("frequency").asText("monthly").toLowerCase(java.util.Locale.ROOT));
        JsonNode sim = tree.path("simulation");
        v.put("paths", sim.path("paths").isNumber() ? sim.path("paths").asText() : "");
        v.put("seed", sim.path("seed").isNumber() ? sim.path("seed").asText() : "");
    }

    /** Writes the plan into the scenario JSON; errors by field. */
    static void write(ScenarioForm form, ObjectNode tree, Map<String, String> errors, Scenario base) {
        if (!supported()) {
            return;
        }
        String type = form.value("strategy").strip();
        if (!type.isEmpty()) {
            ObjectNode w = tree.putObject("withdrawal");
            JsonNode kept = base == null ? null : Json.mapper().valueToTree(base).path("withdrawal").path("strategy");
            if (!STRATEGIES.containsKey(type) && kept != null && type.equals(kept.path("type").asText())) {
                w.set("strategy", kept);                    // a strategy the form does not edit (floor-ceiling): kept as it was
            } else if (!STRATEGIES.containsKey(type)) {
                errors.put("strategy", "choose a strategy from the list");
            } else {
                ObjectNode st = w.putObject("strategy");
                st.put("type", type);
                for (String p : STRATEGIES.get(type)) {
                    param(form, p, st, errors);
                }
            }
            integer(form, "startAfterYears", w, errors);
            String f = form.value("frequency");
            w.put("frequency", List.of("monthly", "quarterly", "annual").contains(f) ? f : "monthly");
        }
        ObjectNode sim = Json.mapper().createObjectNode();
        integer(form, "paths", sim, errors);
        String seed = form.value("seed").strip();
        if (!seed.isEmpty()) {
            try {
                sim.put("seed", Long.parseLong(seed));
            } catch (NumberFormatException e) {
                errors.put("seed", "enter a whole number");
            }
        }
        if (sim.size() > 0) {
            tree.set("simulation", sim);
        }
    }

    private static void param(ScenarioForm form, String p, ObjectNode st, Map<String, String> errors) {
        String field = "w." + p;
        if (p.equals("inflationAdjusted")) {
            st.put(p, form.is(field, "yes"));
            return;
        }
        try {
            Double v = Numbers.parse(form.value(field));
            if (v == null) {
                if (!OPTIONAL.contains(p)) {
                    errors.put(field, "this strategy needs it");
                }
                return;
            }
            st.put(p, PERCENT.contains(p) ? v / 100 : v);
        } catch (NumberFormatException e) {
            errors.put(field, PERCENT.contains(p) ? "enter a percentage, e.g. 4" : "enter an amount, e.g. 40000");
        }
    }

    private static void integer(ScenarioForm form, String field, ObjectNode into, Map<String, String> errors) {
        String t = form.value(field).strip();
        if (t.isEmpty()) {
            return;
        }
        try {
            into.put(field, Integer.parseInt(t));
        } catch (NumberFormatException e) {
            errors.put(field, "enter a whole number");
        }
    }

    private static double round(double pct) {
        return Math.round(pct * 10_000d) / 10_000d;
    }

    private static Map<String, List<String>> strategies() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("constant-amount", List.of("annualUsd", "inflationAdjusted"));
        m.put("constant-percentage", List.of("rate"));
        m.put("income-only", List.of());
        m.put("guardrails", List.of("rate", "guardrail", "adjustment"));
        m.put("95-percent-rule", List.of("rate"));
        m.put("vpw", List.of("assumedReturn"));
        m.put("yield-guardrail", List.of("rate", "minYield", "guardrail", "adjustment"));
        return m;
    }
}
