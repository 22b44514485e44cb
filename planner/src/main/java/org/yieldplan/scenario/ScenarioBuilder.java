package org.yieldplan.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.yieldplan.income.Contributions;
import org.yieldplan.input.FieldProblem;
import org.yieldplan.input.InvalidField;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.simulation.SimulationSettings;
import org.yieldplan.template.TemplateLibrary;
import org.yieldplan.withdrawal.WithdrawalPlan;

/**
 * Builds a {@link Scenario} from inputs read at a boundary (the JSON reader, the site's form and
 * upload): the parts are given one by one, a part that cannot be made is recorded as a problem
 * ({@link #attempt}), and {@link #build} checks every field at once, with {@link ScenarioLimits},
 * then throws one {@link ScenarioInvalid} carrying every problem, or returns the scenario.
 * Unset fields take {@link Scenario}'s defaults; the horizon has none and must be given.
 */
public final class ScenarioBuilder {

    String id;
    String name;
    String description;
    Double amountUsd;
    List<Holding> holdings = List.of();
    String template;
    Double goalAnnualIncome;
    Contributions contributions;
    Integer horizonYears;
    double inflation;
    double taxRate;
    double reinvestedShare;
    List<AssumptionOverride> overrides = List.of();
    WithdrawalPlan withdrawal;
    SimulationSettings simulation;
    String assumptions;
    TemplateLibrary templates;
    private String source;
    private final List<FieldProblem> found = new ArrayList<>();
    private final Set<String> failed = new LinkedHashSet<>();

    ScenarioBuilder() {
    }

    /** A builder holding a scenario's inputs. */
    static ScenarioBuilder of(Scenario s) {
        return new ScenarioBuilder().id(s.id()).name(s.name()).description(s.description()).amountUsd(s.amountUsd())
                .holdings(s.holdings()).template(s.template()).goalAnnualIncome(s.goalAnnualIncome())
                .contributions(s.contributions()).horizonYears(s.horizonYears()).inflation(s.inflation())
                .taxRate(s.taxRate()).reinvestedShare(s.reinvestedShare()).overrides(s.overrides())
                .withdrawal(s.withdrawal()).simulation(s.simulation()).assumptions(s.assumptions());
    }

    public ScenarioBuilder id(String v) {
        id = v;
        return this;
    }

    public ScenarioBuilder name(String v) {
        name = v == null ? null : v.strip();
        return this;
    }

    public ScenarioBuilder description(String v) {
        description = v == null || v.isBlank() ? null : v.strip();
        return this;
    }

    public ScenarioBuilder amountUsd(Double v) {
        amountUsd = v;
        return this;
    }

    public ScenarioBuilder holdings(List<Holding> v) {
        holdings = v == null ? List.of() : List.copyOf(v);
        return this;
    }

    public ScenarioBuilder template(String v) {
        template = v == null || v.isBlank() ? null : v.strip();
        return this;
    }

    public ScenarioBuilder goalAnnualIncome(Double v) {
        goalAnnualIncome = v;
        return this;
    }

    public ScenarioBuilder contributions(Contributions v) {
        contributions = v;
        return this;
    }

    public ScenarioBuilder horizonYears(Integer v) {
        horizonYears = v;
        return this;
    }

    /** Inflation, a fraction a year. */
    public ScenarioBuilder inflation(double v) {
        inflation = v;
        return this;
    }

    /** Tax on yield income, a fraction. */
    public ScenarioBuilder taxRate(double v) {
        taxRate = v;
        return this;
    }

    /** Share of after-tax income reinvested, a fraction. */
    public ScenarioBuilder reinvestedShare(double v) {
        reinvestedShare = v;
        return this;
    }

    public ScenarioBuilder overrides(List<AssumptionOverride> v) {
        overrides = v == null ? List.of() : List.copyOf(v);
        return this;
    }

    public ScenarioBuilder withdrawal(WithdrawalPlan v) {
        withdrawal = v;
        return this;
    }

    public ScenarioBuilder simulation(SimulationSettings v) {
        simulation = v;
        return this;
    }

    /** The assumption set: {@code bear}, {@code base} or {@code bull} (null: base). */
    public ScenarioBuilder assumptions(String v) {
        assumptions = v;
        if (v != null && !org.yieldplan.market.AssumptionSet.NAMES.contains(v.strip().toLowerCase(java.util.Locale.ROOT))) {
            problem("assumptions", "one of " + String.join(", ", org.yieldplan.market.AssumptionSet.NAMES) + ", got '" + v + "'");
        }
        return this;
    }

    /** Also refuse a template these templates do not hold (else that is found when the scenario is run). */
    public ScenarioBuilder templates(TemplateLibrary v) {
        templates = v;
        return this;
    }

    /** Where the inputs come from, for the message ({@code request body}, a file name). */
    public ScenarioBuilder source(String v) {
        source = v;
        return this;
    }

    /** Records a problem found while reading a field; the field's later checks are skipped. */
    public ScenarioBuilder problem(String field, String message) {
        return problem(new FieldProblem(field, message));
    }

    /** Records a problem found while reading a field; the field's later checks are skipped. */
    public ScenarioBuilder problem(FieldProblem p) {
        found.add(p);
        failed.add(p.root());
        failed.add(p.field());
        return this;
    }

    /**
     * Makes a part of the scenario, recording what its constructor refuses under {@code field}
     * ({@code strategy.rate} under {@code withdrawal} is {@code withdrawal.strategy.rate}).
     *
     * @return the part, or null when it was refused
     */
    public <T> T attempt(String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (ScenarioInvalid e) {
            e.problems().forEach(p -> problem(p.under(field)));
        } catch (InvalidField e) {
            problem(e.problem().under(field));
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage() == null ? "is not valid" : e.getMessage());
        }
        return null;
    }

    /** Every problem: those recorded while reading, then each field's checks and the limits. */
    public List<FieldProblem> problems() {
        List<FieldProblem> all = new ArrayList<>(found);
        if (horizonYears == null && !failed.contains("horizonYears")) {
            all.add(new FieldProblem("horizonYears", "give the years to project, 1 to 100"));
        }
        Set<String> skip = new LinkedHashSet<>(failed);
        if (horizonYears == null) {
            skip.add("horizonYears");
        }
        all.addAll(ScenarioChecks.invariants(amountUsd, holdings, template, goalAnnualIncome,
                horizonYears == null ? 1 : horizonYears, inflation, taxRate, reinvestedShare, withdrawal, skip));
        all.addAll(ScenarioChecks.limits(this, skip));
        return all;
    }

    /**
     * The scenario.
     *
     * @throws ScenarioInvalid with every problem, when there is any
     */
    public Scenario build() {
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new ScenarioInvalid(source, problems);
        }
        return construct();
    }

    /** The scenario, held only to its own checks (not the limits): for copies of a scenario made in code. */
    Scenario construct() {
        return new Scenario(id, name, description, amountUsd, holdings, template, goalAnnualIncome, contributions,
                horizonYears == null ? 0 : horizonYears, inflation, taxRate, reinvestedShare, overrides, withdrawal,
                simulation, assumptions);
    }
}
