package org.yieldplan.web.form;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yieldplan.json.Json;
import org.yieldplan.json.JsonInputException;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.web.input.Fields;
import org.yieldplan.web.input.Numbers;
import org.yieldplan.web.library.ScenarioLibrary;

/**
 * Turns a submitted {@link ScenarioForm} into a {@link Scenario}: numbers are read as typed,
 * the scenario is built through its JSON format (so the planner's checks name the field) and run
 * once (so an unknown template or an empty portfolio is caught before saving).
 */
public final class FormReader {

    private static final String SOURCE = "form";
    /** Two prefilled and submitted figures closer than this (in percentage points) are the same. */
    private static final double SAME = 1e-9;

    private final ScenarioRunner runner;

    public FormReader(ScenarioRunner runner) {
        this.runner = runner;
    }

    /**
     * The result of reading: the scenario, or the form with its errors.
     *
     * @param scenario the scenario, or null when the form has errors
     * @param form     the form as submitted, with errors beside the fields
     */
    public record Read(Scenario scenario, ScenarioForm form) {
    }

    /**
     * Reads the form.
     *
     * @param base     the scenario being edited (its overrides are kept), or null for a new one
     * @param holdings finds a scenario by id, for "holdings from"
     */
    public Read read(ScenarioForm form, Scenario base, java.util.function.Function<String, Optional<Scenario>> holdings) {
        Map<String, String> errors = new LinkedHashMap<>();
        ObjectNode tree = Json.mapper().createObjectNode();
        tree.put("id", "form");
        text(form, "name", tree, errors, true);
        text(form, "description", tree, errors, false);
        if (form.is("source", "holdings")) {
            Optional<Scenario> from = holdings.apply(form.value("holdingsFrom"));
            if (from.isEmpty() || from.get().holdings().isEmpty()) {
                errors.put("holdingsFrom", "choose a scenario whose holdings to use");
            } else {
                tree.set("holdings", Json.mapper().valueToTree(from.get().holdings()));
            }
            if (!form.value("template").isBlank()) {
                tree.put("template", form.value("template").strip());
            }
        } else {
            tree.put("template", form.value("template").strip());
            number(form, "amountUsd", 1, tree, "amountUsd", errors, true);
        }
        number(form, "goalAnnualIncome", 1, tree, "goalAnnualIncome", errors, false);
        ObjectNode contrib = tree.putObject("contributions");
        number(form, "contribAmount", 1, contrib, "amountUsd", errors, false);
        contrib.put("frequency", form.is("contribFrequency", "annual") ? "annual" : "monthly");
        integer(form, "contribYears", contrib, "years", errors);
        integer(form, "horizonYears", tree, "horizonYears", errors);
        for (String f : ScenarioForm.PERCENT) {
            number(form, f, 0.01, tree, f, errors, false);
        }
        ArrayNode overrides = tree.putArray("overrides");
        if (base != null) {
            base.overrides().forEach(o -> overrides.add(Json.mapper().valueToTree(o)));
        }
        bucketOverrides(form, overrides, errors);
        PlanFields.write(form, tree, errors, base);
        if (!errors.isEmpty()) {
            return new Read(null, form.withErrors(errors));
        }
        try {
            Scenario s = SampleFiles.scenario(SOURCE, tree.toString().getBytes(StandardCharsets.UTF_8));
            // the limits here; the computation itself runs on the site's pool when the scenario is saved
            ScenarioLibrary.checkLimits(s, runner);
            return new Read(s, form);
        } catch (JsonInputException e) {
            return new Read(null, form.withErrors(Map.of(formField(Fields.of(e.getMessage(), SOURCE)),
                    Fields.reason(e.getMessage(), SOURCE))));
        } catch (IllegalArgumentException e) {
            return refused(form, e);
        }
    }

    /** The form again with the error beside the field it names (a scenario that could not be computed). */
    public Read refused(ScenarioForm form, IllegalArgumentException e) {
        return new Read(null, form.withErrors(Map.of(formField(Fields.of(e.getMessage(), null)), e.getMessage())));
    }

    /** The form field for a scenario JSON field. */
    static String formField(String jsonField) {
        if (jsonField == null) {
            return "form";
        }
        return switch (jsonField) {
            case "contributions.amountUsd" -> "contribAmount";
            case "contributions.years" -> "contribYears";
            case "contributions.frequency" -> "contribFrequency";
            case "holdings" -> "holdingsFrom";
            case "withdrawal.startAfterYears" -> "startAfterYears";
            case "withdrawal.frequency" -> "frequency";
            case "withdrawal.strategy", "withdrawal" -> "strategy";
            case "simulation.paths" -> "paths";
            case "simulation.seed" -> "seed";
            default -> jsonField.startsWith("overrides") ? "overrides"
                    : jsonField.startsWith("withdrawal.strategy.") ? "w." + jsonField.substring("withdrawal.strategy.".length())
                    : jsonField.startsWith("simulation.") ? "simulation" : jsonField;
        };
    }

    private static void bucketOverrides(ScenarioForm form, ArrayNode out, Map<String, String> errors) {
        for (Bucket b : Bucket.values()) {
            ObjectNode o = Json.mapper().createObjectNode();
            for (String fig : BucketFigures.FIELDS) {
                String field = ScenarioForm.figure(b, fig);
                Double typed;
                Double orig;
                try {
                    typed = Numbers.parse(form.value(field));
                    orig = Numbers.parse(form.value(ScenarioForm.original(b, fig)));
                } catch (NumberFormatException e) {
                    errors.put(field, "enter a percentage, e.g. 4.5");
                    continue;
                }
                if (typed == null || orig != null && Math.abs(typed - orig) < SAME) {
                    continue;
                }
                if (typed < 0 || typed > 1000) {
                    errors.put(field, "must be 0 to 1000 %");
                    continue;
                }
                if (!fig.startsWith("apy") && !fig.equals("volatility") && typed > 100) {
                    errors.put(field, "must be 0 to 100 %");
                    continue;
                }
                o.put(fig, typed / 100);
            }
            if (o.size() > 0) {
                o.put("bucket", b.id());
                out.add(o);
            }
        }
    }

    private static void text(ScenarioForm form, String field, ObjectNode tree, Map<String, String> errors, boolean required) {
        String v = form.value(field).strip();
        if (required && v.isEmpty()) {
            errors.put(field, "give it a name");
        } else if (v.length() > 500) {
            errors.put(field, "at most 500 characters");
        } else if (!v.isEmpty()) {
            tree.put(field, v);
        }
    }

    private static void number(ScenarioForm form, String field, double scale, ObjectNode tree, String json,
                               Map<String, String> errors, boolean required) {
        try {
            Double v = Numbers.parse(form.value(field));
            if (v == null) {
                if (required) {
                    errors.put(field, "enter an amount");
                }
                return;
            }
            tree.put(json, v * scale);
        } catch (NumberFormatException e) {
            errors.put(field, "enter a number" + (scale == 1 ? ", e.g. 250000" : ", e.g. 2.5"));
        }
    }

    private static void integer(ScenarioForm form, String field, ObjectNode tree, String json, Map<String, String> errors) {
        String t = form.value(field).strip();
        if (t.isEmpty()) {
            return;
        }
        try {
            tree.put(json, Integer.parseInt(t));
        } catch (NumberFormatException e) {
            errors.put(field, "enter a whole number of years");
        }
    }
}
