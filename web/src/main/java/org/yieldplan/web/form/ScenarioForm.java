package org.yieldplan.web.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yieldplan.market.Catalog;
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

    /** Fields typed as percentages (2.5 means 0.025). */
    static final Set<String> PERCENT = Set.of("inflation", "taxRate", "reinvestedShare");

    public ScenarioForm {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
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

    /** True when the form shows the withdrawal plan and simulation fields. */
    public static boolean planSupported() {
        return PlanFields.supported();
    }

    /** The withdrawal strategies offered, id → label. */
    public static Map<String, String> strategies() {
        return PlanFields.strategyLabels();
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
    public static ScenarioForm of(Scenario s, ScenarioResult r, Catalog catalog) {
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
        PlanFields.fill(s, v);
        BucketFigures.of(r.positions(), catalog).forEach((b, f) -> {
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
                v.put(k, text.length() > 2000 ? text.substring(0, 2000) : text);
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

    /** Rounds a percentage to 4 decimals, so 4.5 does not show as 4.499999999. */
    private static double round(double pct) {
        return Math.round(pct * 10_000d) / 10_000d;
    }
}
