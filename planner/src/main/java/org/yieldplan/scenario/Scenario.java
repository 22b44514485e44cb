package org.yieldplan.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yieldplan.income.Contributions;
import org.yieldplan.input.FieldProblem;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.simulation.SimulationSettings;
import org.yieldplan.withdrawal.WithdrawalPlan;

/**
 * What a user asks about: a portfolio (an amount split by a template, or holdings) and a plan.
 *
 * @param id               short identifier, e.g. {@code supplemental-income}
 * @param name             a person's title for it
 * @param description      what it is about
 * @param amountUsd        the amount to allocate by the template, USD; null when holdings are given
 * @param holdings         the holdings; empty when an amount is given
 * @param template         the allocation template's id: required with an amount, optional with holdings (targets)
 * @param goalAnnualIncome the income the investor wants, USD a year, or null
 * @param contributions    money added during the saving phase
 * @param horizonYears     how far to project, 1-100 years
 * @param inflation        consumer price inflation, a fraction a year, for real figures
 * @param taxRate          tax on yield income, a fraction
 * @param reinvestedShare  share of after-tax income reinvested, 0-1
 * @param overrides        changes to the catalog's yield and risk figures for this scenario
 * @param withdrawal       the withdrawal plan (strategy, saving years, frequency), or null for none
 * @param simulation       Monte Carlo settings for the withdrawal plan, or null for the defaults
 * @param assumptions      the catalog's assumption set the plan runs on: {@code bear}, {@code base} (the default) or
 *                         {@code bull}
 */
public record Scenario(
        String id,
        String name,
        String description,
        Double amountUsd,
        List<Holding> holdings,
        String template,
        Double goalAnnualIncome,
        Contributions contributions,
        int horizonYears,
        double inflation,
        double taxRate,
        double reinvestedShare,
        List<AssumptionOverride> overrides,
        WithdrawalPlan withdrawal,
        SimulationSettings simulation,
        String assumptions) {

    /** A scenario on the base assumption set. */
    public Scenario(String id, String name, String description, Double amountUsd, List<Holding> holdings, String template,
                    Double goalAnnualIncome, Contributions contributions, int horizonYears, double inflation,
                    double taxRate, double reinvestedShare, List<AssumptionOverride> overrides, WithdrawalPlan withdrawal,
                    SimulationSettings simulation) {
        this(id, name, description, amountUsd, holdings, template, goalAnnualIncome, contributions, horizonYears,
                inflation, taxRate, reinvestedShare, overrides, withdrawal, simulation, null);
    }

    /** A scenario without a withdrawal plan. */
    public Scenario(String id, String name, String description, Double amountUsd, List<Holding> holdings, String template,
                    Double goalAnnualIncome, Contributions contributions, int horizonYears, double inflation,
                    double taxRate, double reinvestedShare, List<AssumptionOverride> overrides) {
        this(id, name, description, amountUsd, holdings, template, goalAnnualIncome, contributions, horizonYears,
                inflation, taxRate, reinvestedShare, overrides, null, null);
    }

    public Scenario {
        holdings = holdings == null ? List.of() : List.copyOf(holdings);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        contributions = contributions == null ? Contributions.none() : contributions;
        if (id == null || id.isBlank()) {
            id = "scenario";
        }
        if (name == null || name.isBlank()) {
            name = id;
        }
        List<FieldProblem> problems = ScenarioChecks.invariants(amountUsd, holdings, template, goalAnnualIncome,
                horizonYears, inflation, taxRate, reinvestedShare, withdrawal, Set.of());
        if (!problems.isEmpty()) {
            throw new ScenarioInvalid(null, problems);
        }
        assumptions = assumptions == null || assumptions.isBlank() ? "base" : assumptions.strip().toLowerCase(Locale.ROOT);
        if (withdrawal != null && simulation == null) {
            simulation = SimulationSettings.defaults();
        }
    }

    /** A builder for a scenario read at a boundary: every problem found in one pass, with the limits applied. */
    public static ScenarioBuilder builder() {
        return new ScenarioBuilder();
    }

    /** A builder starting from this scenario's inputs. */
    public ScenarioBuilder toBuilder() {
        return ScenarioBuilder.of(this);
    }

    /** This scenario under another id. */
    public Scenario withId(String newId) {
        return toBuilder().id(newId).construct();
    }

    /**
     * This scenario under another name.
     *
     * @throws ScenarioInvalid naming {@code name} when it is blank or longer than {@link ScenarioLimits#MAX_NAME}
     */
    public Scenario withName(String newName) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty()) {
            throw new ScenarioInvalid(null, List.of(new FieldProblem("name", "give it a name")));
        }
        if (n.length() > ScenarioLimits.MAX_NAME) {
            throw new ScenarioInvalid(null, List.of(new FieldProblem("name", "at most " + ScenarioLimits.MAX_NAME
                    + " characters, got " + n.length())));
        }
        return toBuilder().name(n).construct();
    }

    /** This scenario with another withdrawal plan and simulation settings. */
    public Scenario withPlan(WithdrawalPlan plan, SimulationSettings settings) {
        return new Scenario(id, name, description, amountUsd, holdings, template, goalAnnualIncome, contributions,
                horizonYears, inflation, taxRate, reinvestedShare, overrides, plan, settings, assumptions);
    }

    /**
     * An amount split by a template, with defaults: 30 years, 2.5 % inflation, no tax, nothing reinvested.
     */
    public static Scenario ofTemplate(String template, double amountUsd, Double goalAnnualIncome) {
        return new Scenario(template, template + " with $" + Math.round(amountUsd), null, amountUsd, List.of(), template,
                goalAnnualIncome, Contributions.none(), 30, 0.025, 0, 0, List.of());
    }
}
