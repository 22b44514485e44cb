package org.yieldplan.web.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioBuilder;
import org.yieldplan.simulation.SimulationSettings;
import org.yieldplan.web.input.Numbers;
import org.yieldplan.web.pages.Fmt;
import org.yieldplan.withdrawal.ConstantAmount;
import org.yieldplan.withdrawal.ConstantPercentage;
import org.yieldplan.withdrawal.FloorCeiling;
import org.yieldplan.withdrawal.Guardrails;
import org.yieldplan.withdrawal.IncomeOnly;
import org.yieldplan.withdrawal.NinetyFivePercentRule;
import org.yieldplan.withdrawal.VariablePercentage;
import org.yieldplan.withdrawal.WithdrawalPlan;
import org.yieldplan.withdrawal.WithdrawalStrategy;
import org.yieldplan.withdrawal.YieldGuardrail;

/**
 * The withdrawal plan and simulation fields of the form: the strategy (every one the planner has),
 * its parameters ({@code w.rate}... rates typed as percentages), an optional floor and ceiling
 * around any strategy (the planner's {@link FloorCeiling}), the saving years, the payment frequency,
 * and the paths and seed. Read into typed strategies, never through JSON.
 */
final class PlanFields {

    /** Strategy type id → its parameters in the form. */
    static final Map<String, List<String>> STRATEGIES = strategies();
    /** Parameters typed as percentages. */
    private static final List<String> PERCENT = List.of("rate", "assumedReturn", "minYield", "guardrail", "adjustment");
    /** Parameters that may be left blank (the planner's default applies). */
    private static final List<String> OPTIONAL = List.of("guardrail", "adjustment");

    private PlanFields() {
    }

    /** The strategy ids with a label each, for the select. */
    static Map<String, String> strategyLabels() {
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

    /** Fills the form's plan fields from the scenario. */
    static void fill(Scenario s, Map<String, String> v) {
        WithdrawalPlan w = s.withdrawal();
        WithdrawalStrategy st = w == null ? null : w.strategy();
        if (st instanceof FloorCeiling fc) {
            v.put("w.floorUsd", fc.floorUsd() > 0 ? Fmt.plain(fc.floorUsd()) : "");
            v.put("w.ceilingUsd", fc.ceilingUsd() == null ? "" : Fmt.plain(fc.ceilingUsd()));
            st = fc.strategy();
        }
        v.put("strategy", st == null ? "" : st.type());
        v.put("w.inflationAdjusted", "yes");
        if (st instanceof ConstantAmount c) {
            v.put("w.annualUsd", Fmt.plain(c.annualUsd()));
            v.put("w.inflationAdjusted", c.inflationAdjusted() ? "yes" : "");
        } else if (st instanceof ConstantPercentage c) {
            v.put("w.rate", pct(c.rate()));
        } else if (st instanceof Guardrails g) {
            v.put("w.rate", pct(g.rate()));
            v.put("w.guardrail", pct(g.guardrail()));
            v.put("w.adjustment", pct(g.adjustment()));
        } else if (st instanceof NinetyFivePercentRule n) {
            v.put("w.rate", pct(n.rate()));
        } else if (st instanceof VariablePercentage p) {
            v.put("w.assumedReturn", pct(p.assumedReturn()));
        } else if (st instanceof YieldGuardrail y) {
            v.put("w.rate", pct(y.rate()));
            v.put("w.minYield", pct(y.minYield()));
            v.put("w.guardrail", pct(y.guardrail()));
            v.put("w.adjustment", pct(y.adjustment()));
        }
        v.put("startAfterYears", w == null ? "0" : Integer.toString(w.startAfterYears()));
        v.put("frequency", w == null ? "monthly" : w.frequency().name().toLowerCase(Locale.ROOT));
        SimulationSettings sim = s.simulation();
        v.put("paths", sim == null ? "" : Integer.toString(sim.paths()));
        v.put("seed", sim == null ? "" : Long.toString(sim.seed()));
    }

    /** Reads the plan into the builder; form-level errors (a number not typed as one) into {@code errors}. */
    static void read(ScenarioForm form, Map<String, String> errors, Scenario base, ScenarioBuilder b) {
        String type = form.value("strategy").strip();
        SimulationSettings sim = simulation(form, errors, base, b);
        if (type.isEmpty()) {
            b.withdrawal(null).simulation(null);
            return;
        }
        if (!STRATEGIES.containsKey(type)) {
            errors.put("strategy", "choose a strategy from the list");
            return;
        }
        Map<String, Double> p = new LinkedHashMap<>();
        for (String name : STRATEGIES.get(type)) {
            p.put(name, param(form, name, errors));
        }
        Double floor = number(form, "w.floorUsd", errors);
        Double ceiling = number(form, "w.ceilingUsd", errors);
        Integer start = FormReader.whole(form, "startAfterYears", errors);
        if (errors.keySet().stream().anyMatch(k -> k.startsWith("w.") || k.equals("startAfterYears"))) {
            return;
        }
        WithdrawalStrategy inner = b.attempt("withdrawal.strategy", () -> strategy(type, p, form.is("w.inflationAdjusted", "yes")));
        if (inner == null) {
            return;
        }
        WithdrawalStrategy strategy = floor == null && ceiling == null ? inner
                : b.attempt("withdrawal.strategy", () -> new FloorCeiling(inner, floor == null ? 0 : floor, ceiling));
        String f = form.value("frequency");
        WithdrawalPlan.Frequency frequency = switch (f) {
            case "quarterly" -> WithdrawalPlan.Frequency.QUARTERLY;
            case "annual" -> WithdrawalPlan.Frequency.ANNUAL;
            default -> WithdrawalPlan.Frequency.MONTHLY;
        };
        if (strategy != null) {
            b.withdrawal(b.attempt("withdrawal", () -> new WithdrawalPlan(strategy, start == null ? 0 : start, frequency)));
        }
        b.simulation(sim);
    }

    private static SimulationSettings simulation(ScenarioForm form, Map<String, String> errors, Scenario base,
                                                 ScenarioBuilder b) {
        Integer paths = FormReader.whole(form, "paths", errors);
        Long seed = null;
        String s = form.value("seed").strip();
        if (!s.isEmpty()) {
            try {
                seed = Long.parseLong(s);
            } catch (NumberFormatException e) {
                errors.put("seed", "enter a whole number");
            }
        }
        SimulationSettings kept = base == null || base.simulation() == null ? SimulationSettings.defaults() : base.simulation();
        Integer p = paths;
        Long sd = seed;
        return b.attempt("simulation", () -> kept.with(p, sd, null));
    }

    private static WithdrawalStrategy strategy(String type, Map<String, Double> p, boolean inflationAdjusted) {
        return switch (type) {
            case "constant-amount" -> new ConstantAmount(p.get("annualUsd"), inflationAdjusted);
            case "constant-percentage" -> new ConstantPercentage(p.get("rate"));
            case "income-only" -> new IncomeOnly();
            case "guardrails" -> new Guardrails(p.get("rate"), p.get("guardrail"), p.get("adjustment"), null);
            case "95-percent-rule" -> new NinetyFivePercentRule(p.get("rate"));
            case "vpw" -> new VariablePercentage(p.get("assumedReturn"));
            case "yield-guardrail" -> new YieldGuardrail(p.get("rate"), p.get("minYield"), p.get("guardrail"), p.get("adjustment"));
            default -> throw new IllegalStateException("no strategy " + type);
        };
    }

    private static Double param(ScenarioForm form, String p, Map<String, String> errors) {
        if (p.equals("inflationAdjusted")) {
            return null;
        }
        String field = "w." + p;
        try {
            Double v = Numbers.parse(form.value(field));
            if (v == null && !OPTIONAL.contains(p)) {
                errors.put(field, "this strategy needs it");
            }
            return v == null ? null : PERCENT.contains(p) ? v / 100 : v;
        } catch (NumberFormatException e) {
            errors.put(field, PERCENT.contains(p) ? "enter a percentage, e.g. 4" : "enter an amount, e.g. 40000");
            return null;
        }
    }

    private static Double number(ScenarioForm form, String field, Map<String, String> errors) {
        try {
            return Numbers.parse(form.value(field));
        } catch (NumberFormatException e) {
            errors.put(field, "enter an amount, e.g. 30000");
            return null;
        }
    }

    private static String pct(double fraction) {
        return Fmt.plain(Math.round(fraction * 100 * 10_000d) / 10_000d);
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
