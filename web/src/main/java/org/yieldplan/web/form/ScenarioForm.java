package org.yieldplan.web.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.web.pages.Fmt;

/**
 * The form's fields as text, exactly as shown or typed, and a message per field in error.
 * Bucket figures are fields {@code b.BUCKET.FIGURE}; the value they were prefilled with is kept
 * in {@code o.BUCKET.FIGURE}, so only a figure the user changed becomes an override.
 *
 * @param values field name → text
 * @param errors field name → what is wrong with it
 */
public record ScenarioForm(Map<String, String> values, Map<String, String> errors) {

    /** The longest text kept from a submitted field: past the description's limit, so that the limit's message shows. */
    private static final int MAX_TEXT = 10_000;

    public ScenarioForm {
        values = Map.copyOf(values);
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** The text of a field, "" when absent. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The error of a field, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** True when any field is in error. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** True when the named option of a select or radio is the chosen one. */
    public boolean is(String field, String option) {
        return value(field).equals(option);
    }

    /** The bucket figure field's name. */
    public static String figure(Bucket b, String figure) {
        return "b." + b.id() + "." + figure;
    }

    /** The field that keeps a bucket figure's prefilled value. */
    public static String original(Bucket b, String figure) {
        return "o." + b.id() + "." + figure;
    }

    /** The withdrawal strategies offered, id → label. */
    public static Map<String, String> strategies() {
        return PlanFields.strategyLabels();
    }

    /** Every strategy id, space-separated: the fields shown whichever strategy is chosen (and hidden without one). */
    public static String withStrategy() {
        return String.join(" ", PlanFields.STRATEGIES.keySet());
    }

    /** The buckets, in order, for the template's loop. */
    public static List<Bucket> buckets() {
        return List.of(Bucket.values());
    }

    /** The bucket figures' names, for the template's loop. */
    public static List<String> figures() {
        return BucketFigures.FIELDS;
    }

    /** The form filled with a scenario's inputs and the figures its result used. */
    public static ScenarioForm of(Scenario s, ScenarioResult r) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", s.name());
        v.put("description", s.description() == null ? "" : s.description());
        v.put("source", s.holdings().isEmpty() ? "template" : "holdings");
        v.put("template", s.template() == null ? "" : s.template());
        v.put("amountUsd", s.amountUsd() == null ? "" : Fmt.plain(s.amountUsd()));
        v.put("holdingsFrom", s.holdings().isEmpty() ? "" : s.id());
        v.put("goalAnnualIncome", s.goalAnnualIncome() == null ? "" : Fmt.plain(s.goalAnnualIncome()));
        v.put("contribAmount", Fmt.plain(s.contributions().amountUsd()));
        v.put("contribFrequency", s.contributions().frequency().name().toLowerCase(java.util.Locale.ROOT));
        v.put("contribYears", Integer.toString(s.contributions().years()));
        v.put("horizonYears", Integer.toString(s.horizonYears()));
        v.put("inflation", Fmt.plain(s.inflation() * 100));
        v.put("taxRate", Fmt.plain(s.taxRate() * 100));
        v.put("reinvestedShare", Fmt.plain(s.reinvestedShare() * 100));
        v.put("assumptions", s.assumptions());
        PlanFields.fill(s, v);
        BucketFigures.of(r.positions()).forEach((b, f) -> {
            for (String name : BucketFigures.FIELDS) {
                String text = Fmt.plain(round(f.get(name) * 100));
                v.put(figure(b, name), text);
                v.put(original(b, name), text);
            }
        });
        return new ScenarioForm(v, Map.of());
    }

    /** The form as submitted (first value of each parameter). */
    public static ScenarioForm submitted(Map<String, List<String>> params) {
        Map<String, String> v = new LinkedHashMap<>();
        params.forEach((k, list) -> {
            if (!list.isEmpty() && k.length() <= 64) {
                String text = list.get(0);
                v.put(k, text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            }
        });
        return new ScenarioForm(v, Map.of());
    }

    /** A copy with one field's text replaced. */
    public ScenarioForm with(String field, String text) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(field, text);
        return new ScenarioForm(v, errors);
    }

    /** A copy with these errors. */
    public ScenarioForm withErrors(Map<String, String> more) {
        Map<String, String> e = new LinkedHashMap<>(errors);
        e.putAll(more);
        return new ScenarioForm(values, e);
    }

    /** Rounds a percentage to 2 decimals for display: 4.6667 shows as 4.67 (an unchanged figure is not an override). */
    private static double round(double pct) {
        return Math.round(pct * 100d) / 100d;
    }

    /** The label of a field, as the form shows it. */
    public static String label(String field) {
        return FormFields.label(field);
    }

    /** The errors, each under its field's label, in the order of the form. */
    public List<Map.Entry<String, String>> labelledErrors() {
        return errors.entrySet().stream().map(e -> Map.entry(label(e.getKey()), e.getValue())).toList();
    }
}
