package org.yieldplan.web.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yieldplan.income.Contributions;
import org.yieldplan.input.FieldProblem;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioBuilder;
import org.yieldplan.template.TemplateLibrary;
import org.yieldplan.web.input.Numbers;

/**
 * Turns a submitted {@link ScenarioForm} into a {@link Scenario} through the planner's
 * {@link ScenarioBuilder}: each field is read as typed (a number that is not one is the form's own
 * error), the parts are built directly, and the builder's one pass finds every other problem. Every
 * problem comes back beside the form field that fills its JSON field ({@link FormFields}). Nothing
 * is computed here: the scenario is run once, when it is saved.
 */
public final class FormReader {

    /** Two prefilled and submitted figures closer than this (in percentage points) are the same. */
    private static final double SAME = 1e-9;

    private final TemplateLibrary templates;

    public FormReader(TemplateLibrary templates) {
        this.templates = templates;
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
     * @param base     the scenario being edited (its overrides and simulation settings are kept), or null for a new one
     * @param holdings finds a scenario by id, for "holdings from"
     */
    public Read read(ScenarioForm form, Scenario base, Function<String, Optional<Scenario>> holdings) {
        Map<String, String> errors = new LinkedHashMap<>();
        ScenarioBuilder b = Scenario.builder().templates(templates).id("form");
        String name = form.value("name").strip();
        if (name.isEmpty()) {
            errors.put("name", "give it a name");
        }
        b.name(name).description(form.value("description"));
        if (form.is("source", "holdings")) {
            Optional<Scenario> from = holdings.apply(form.value("holdingsFrom"));
            if (from.isEmpty() || from.get().holdings().isEmpty()) {
                errors.put("holdingsFrom", "choose a scenario whose holdings to use");
            } else {
                b.holdings(from.get().holdings());
            }
        } else {
            b.amountUsd(amount(form, "amountUsd", errors, true));
        }
        b.template(form.value("template"));
        b.goalAnnualIncome(amount(form, "goalAnnualIncome", errors, false));
        Double contribution = amount(form, "contribAmount", errors, false);
        Integer contribYears = whole(form, "contribYears", errors);
        Contributions.Frequency every = form.is("contribFrequency", "annual") ? Contributions.Frequency.ANNUAL
                : Contributions.Frequency.MONTHLY;
        b.contributions(b.attempt("contributions", () -> new Contributions(contribution == null ? 0 : contribution, every,
                contribYears == null ? 0 : contribYears)));
        b.horizonYears(whole(form, "horizonYears", errors));
        b.inflation(percent(form, "inflation", errors)).taxRate(percent(form, "taxRate", errors))
                .reinvestedShare(percent(form, "reinvestedShare", errors));
        b.overrides(overrides(form, base, errors));
        String set = form.value("assumptions");
        b.assumptions(set == null || set.isBlank() ? null : set);
        PlanFields.read(form, errors, base, b);
        errors.keySet().forEach(f -> b.problem(FormFields.json(f), errors.get(f)));
        List<FieldProblem> problems = b.problems();
        if (!problems.isEmpty()) {
            return new Read(null, form.withErrors(asForm(problems, errors)));
        }
        return new Read(b.build(), form);
    }

    /** The planner's problems beside the form's fields; a form-level error on a field wins over the planner's. */
    private static Map<String, String> asForm(List<FieldProblem> problems, Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>(errors);
        for (FieldProblem p : problems) {
            Map.Entry<String, String> e = FormFields.of(p);
            out.putIfAbsent(e.getKey(), e.getValue());
        }
        return out;
    }

    /** The base scenario's overrides, with each bucket's changed figures merged into its bucket override. */
    private static List<AssumptionOverride> overrides(ScenarioForm form, Scenario base, Map<String, String> errors) {
        List<AssumptionOverride> out = new ArrayList<>(base == null ? List.of() : base.overrides());
        for (Bucket bucket : Bucket.values()) {
            Map<String, Double> changed = new LinkedHashMap<>();
            for (String fig : BucketFigures.FIELDS) {
                Double v = figure(form, bucket, fig, errors);
                if (v != null) {
                    changed.put(fig, v / 100);
                }
            }
            if (changed.isEmpty()) {
                continue;
            }
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).bucket() == bucket && out.get(i).asset() == null) {
                    at = i;
                }
            }
            AssumptionOverride merged = BucketFigures.override(bucket, at < 0 ? null : out.get(at), changed);
            if (at < 0) {
                out.add(merged);
            } else {
                out.set(at, merged);
            }
        }
        return out;
    }

    /** A bucket figure the user changed, in percent; null when unchanged, blank or in error. */
    private static Double figure(ScenarioForm form, Bucket b, String fig, Map<String, String> errors) {
        String field = ScenarioForm.figure(b, fig);
        Double typed;
        Double orig;
        try {
            typed = Numbers.parse(form.value(field));
            orig = Numbers.parse(form.value(ScenarioForm.original(b, fig)));
        } catch (NumberFormatException e) {
            errors.put(field, "enter a percentage, e.g. 4.5");
            return null;
        }
        if (typed == null || orig != null && Math.abs(typed - orig) < SAME) {
            return null;
        }
        if (typed < 0 || typed > 1000) {
            errors.put(field, "must be 0 % to 1000 %");
            return null;
        }
        if (!fig.startsWith("apy") && !fig.equals("volatility") && typed > 100) {
            errors.put(field, "must be 0 % to 100 %");
            return null;
        }
        return typed;
    }

    private static Double amount(ScenarioForm form, String field, Map<String, String> errors, boolean required) {
        try {
            Double v = Numbers.parse(form.value(field));
            if (v == null && required) {
                errors.put(field, "enter an amount");
            }
            return v;
        } catch (NumberFormatException e) {
            errors.put(field, "enter a number, e.g. 250000");
            return null;
        }
    }

    private static double percent(ScenarioForm form, String field, Map<String, String> errors) {
        try {
            Double v = Numbers.parse(form.value(field));
            return v == null ? 0 : v / 100;
        } catch (NumberFormatException e) {
            errors.put(field, "enter a percentage, e.g. 2.5");
            return 0;
        }
    }

    /** A whole number typed in a field, null when blank or in error. */
    static Integer whole(ScenarioForm form, String field, Map<String, String> errors) {
        String t = form.value(field).strip().replace(",", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            errors.put(field, "enter a whole number");
            return null;
        }
    }
}
