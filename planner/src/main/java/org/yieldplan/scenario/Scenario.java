package org.yieldplan.scenario;

import java.util.List;
import java.util.Locale;
import org.yieldplan.income.Contributions;
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
        if (amountUsd == null && holdings.isEmpty()) {
            throw new IllegalArgumentException("amountUsd: give an amount (with a template) or holdings");
        }
        if (amountUsd != null && !holdings.isEmpty()) {
            throw new IllegalArgumentException("amountUsd: give an amount or holdings, not both");
        }
        if (amountUsd != null && (!(amountUsd > 0) || amountUsd.isInfinite())) {
            throw new IllegalArgumentException("amountUsd: must be a positive number of dollars, got " + amountUsd);
        }
        if (amountUsd != null && (template == null || template.isBlank())) {
            throw new IllegalArgumentException("template: an amount needs a template to allocate it");
        }
        if (goalAnnualIncome != null && (!(goalAnnualIncome >= 0) || goalAnnualIncome.isInfinite())) {
            throw new IllegalArgumentException("goalAnnualIncome: must be zero or more dollars a year, got " + goalAnnualIncome);
        }
        if (horizonYears < 1 || horizonYears > 100) {
            throw new IllegalArgumentException("horizonYears: must be 1 to 100 years, got " + horizonYears);
        }
        if (!(inflation > -1 && inflation < 1)) {
            throw new IllegalArgumentException("inflation: must be a fraction a year between -1 and 1, got " + inflation);
        }
        if (!(taxRate >= 0 && taxRate <= 1)) {
            throw new IllegalArgumentException("taxRate: must be a fraction between 0 and 1, got " + taxRate);
        }
        if (!(reinvestedShare >= 0 && reinvestedShare <= 1)) {
            throw new IllegalArgumentException("reinvestedShare: must be a fraction between 0 and 1, got " + reinvestedShare);
        }
        if (withdrawal != null && withdrawal.startAfterYears() >= horizonYears) {
            throw new IllegalArgumentException("withdrawal.startAfterYears: withdrawals must start before the horizon ("
                    + horizonYears + " years), got " + withdrawal.startAfterYears());
        }
        assumptions = assumptions == null || assumptions.isBlank() ? "base" : assumptions.strip().toLowerCase(Locale.ROOT);
        if (withdrawal != null && simulation == null) {
            simulation = SimulationSettings.defaults();
        }
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
