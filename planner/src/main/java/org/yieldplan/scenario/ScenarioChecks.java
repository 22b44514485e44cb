package org.yieldplan.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yieldplan.input.FieldProblem;
import org.yieldplan.input.Percent;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.template.TemplateLibrary;
import org.yieldplan.withdrawal.WithdrawalPlan;

/**
 * A scenario's checks, each run once over all fields, so that every problem is found in one pass:
 * {@link #invariants} (what any scenario must satisfy) and {@link #limits} (what a scenario read at a
 * boundary may ask for, {@link ScenarioLimits}). Fields whose parts already failed to read are
 * skipped, so one mistake gives one message.
 */
final class ScenarioChecks {

    private final List<FieldProblem> out = new ArrayList<>();
    private final Set<String> skip;

    private ScenarioChecks(Set<String> skip) {
        this.skip = skip;
    }

    /**
     * What every scenario must satisfy (the record's own fields, as its constructor receives them),
     * skipping fields whose root is in {@code failed}.
     */
    static List<FieldProblem> invariants(Double amountUsd, List<Holding> holdings, String template, Double goal,
                                         int horizon, double inflation, double taxRate, double reinvestedShare,
                                         WithdrawalPlan withdrawal, Set<String> failed) {
        ScenarioChecks c = new ScenarioChecks(failed);
        c.portfolio(amountUsd, holdings, template);
        if (goal != null && (!(goal >= 0) || goal.isInfinite())) {
            c.add("goalAnnualIncome", "must be zero or more dollars a year, got " + usd(goal));
        }
        if (horizon < 1 || horizon > 100) {
            c.add("horizonYears", "must be 1 to 100 years, got " + horizon);
        }
        if (!(inflation > -1 && inflation < 1)) {
            c.add("inflation", "must be a rate a year above -100 % and below 100 %, got " + Percent.of(inflation));
        }
        if (!(taxRate >= 0 && taxRate <= 1)) {
            c.add("taxRate", "must be 0 % to 100 %, got " + Percent.of(taxRate));
        }
        if (!(reinvestedShare >= 0 && reinvestedShare <= 1)) {
            c.add("reinvestedShare", "must be 0 % to 100 %, got " + Percent.of(reinvestedShare));
        }
        if (withdrawal != null && horizon >= 1 && withdrawal.startAfterYears() >= horizon) {
            c.add("withdrawal.startAfterYears", "withdrawals must start before the horizon (" + horizon
                    + " years), got " + withdrawal.startAfterYears());
        }
        return c.out;
    }

    /** The boundary's limits, and the template's existence when the builder knows the templates. */
    static List<FieldProblem> limits(ScenarioBuilder s, Set<String> failed) {
        ScenarioChecks c = new ScenarioChecks(failed);
        if (s.name != null && s.name.strip().length() > ScenarioLimits.MAX_NAME) {
            c.add("name", "at most " + ScenarioLimits.MAX_NAME + " characters, got " + s.name.strip().length());
        }
        if (s.description != null && s.description.length() > ScenarioLimits.MAX_DESCRIPTION) {
            c.add("description", "at most " + String.format(Locale.US, "%,d", ScenarioLimits.MAX_DESCRIPTION)
                    + " characters, got " + String.format(Locale.US, "%,d", s.description.length()));
        }
        c.atMostUsd("amountUsd", s.amountUsd);
        c.atMostUsd("goalAnnualIncome", s.goalAnnualIncome);
        c.atMostUsd("contributions.amountUsd", s.contributions == null ? null : s.contributions.amountUsd());
        if (s.holdings.size() > ScenarioLimits.MAX_HOLDINGS) {
            c.add("holdings", "at most " + String.format(Locale.US, "%,d", ScenarioLimits.MAX_HOLDINGS)
                    + " holdings a scenario, got " + String.format(Locale.US, "%,d", s.holdings.size()));
        } else if (!s.holdings.isEmpty() && s.holdings.stream().mapToDouble(Holding::valueUsd).sum() <= 0) {
            c.add("holdings", "the holdings' total value is zero; give at least one holding a value");
        }
        if (s.simulation != null && (s.simulation.paths() < ScenarioLimits.MIN_PATHS
                || s.simulation.paths() > ScenarioLimits.MAX_PATHS)) {
            c.add("simulation.paths", String.format(Locale.US, "must be %,d to %,d paths, got %,d",
                    ScenarioLimits.MIN_PATHS, ScenarioLimits.MAX_PATHS, s.simulation.paths()));
        }
        c.overrides(s.overrides);
        TemplateLibrary templates = s.templates;
        if (templates != null && s.template != null && !s.template.isBlank() && templates.find(s.template).isEmpty()) {
            c.add("template", "unknown template '" + s.template + "'; known: "
                    + String.join(", ", templates.all().stream().map(t -> t.id()).toList()));
        }
        return c.out;
    }

    private void portfolio(Double amountUsd, List<Holding> holdings, String template) {
        if (skip.contains("holdings") || skip.contains("amountUsd")) {
            return;
        }
        if (amountUsd == null && holdings.isEmpty()) {
            add("amountUsd", "give an amount (with a template) or holdings");
        } else if (amountUsd != null && !holdings.isEmpty()) {
            add("amountUsd", "give an amount or holdings, not both");
        } else if (amountUsd != null && (!(amountUsd > 0) || amountUsd.isInfinite())) {
            add("amountUsd", "must be a positive number of dollars, got " + usd(amountUsd));
        }
        if (amountUsd != null && (template == null || template.isBlank())) {
            add("template", "an amount needs a template to allocate it");
        }
    }

    private void overrides(List<AssumptionOverride> overrides) {
        if (overrides.size() > ScenarioLimits.MAX_OVERRIDES) {
            add("overrides", "at most " + ScenarioLimits.MAX_OVERRIDES + " overrides, got " + overrides.size());
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < overrides.size(); i++) {
            AssumptionOverride o = overrides.get(i);
            String key = (o.bucket() == null ? "*" : o.bucket().id()) + "|"
                    + (o.asset() == null ? "*" : o.asset().strip().toUpperCase(Locale.ROOT));
            Integer first = seen.putIfAbsent(key, i + 1);
            if (first != null) {
                add("overrides[" + (i + 1) + "]", "a second override for " + (o.bucket() == null ? "" : "the "
                        + o.bucket().id() + " bucket") + (o.bucket() != null && o.asset() != null ? ", " : "")
                        + (o.asset() == null ? "" : o.asset()) + "; put its figures in overrides[" + first + "]");
            }
        }
    }

    private void atMostUsd(String field, Double amount) {
        if (amount != null && amount > ScenarioLimits.MAX_USD) {
            add(field, "at most " + usd(ScenarioLimits.MAX_USD) + ", got " + usd(amount));
        }
    }

    /** Dollars as a person reads them: $-1,000, $2,500.50. */
    private static String usd(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        String s = String.format(Locale.US, "$%,.2f", v);
        return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
    }

    private void add(String field, String message) {
        FieldProblem p = new FieldProblem(field, message);
        if (!skip.contains(p.root()) && !skip.contains(field)) {
            out.add(p);
        }
    }
}
