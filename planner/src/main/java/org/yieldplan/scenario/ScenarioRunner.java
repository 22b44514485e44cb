package org.yieldplan.scenario;

import java.util.List;
import org.yieldplan.income.IncomeProjection;
import org.yieldplan.income.IncomeProjector;
import org.yieldplan.income.ProjectionSettings;
import org.yieldplan.market.Assumptions;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Portfolio;
import org.yieldplan.sustainability.Screening;
import org.yieldplan.sustainability.SustainabilityScreen;
import org.yieldplan.sustainability.Thresholds;
import org.yieldplan.template.TemplateLibrary;

/**
 * Turns a {@link Scenario} into its {@link ScenarioResult}: stateless; the catalog and templates
 * are its collaborators.
 */
public final class ScenarioRunner {

    private final Catalog catalog;
    private final TemplateLibrary templates;
    private final IncomeProjector income = new IncomeProjector();
    private final SustainabilityScreen screen;

    public ScenarioRunner(Catalog catalog, TemplateLibrary templates) {
        this(catalog, templates, Thresholds.defaults());
    }

    /** A runner whose sustainability screen uses the given thresholds. */
    public ScenarioRunner(Catalog catalog, TemplateLibrary templates, Thresholds thresholds) {
        this.catalog = catalog;
        this.templates = templates;
        this.screen = new SustainabilityScreen(thresholds);
    }

    /**
     * Runs every calculation for the scenario.
     *
     * @throws IllegalArgumentException naming the field at fault (unknown template, no holdings...)
     */
    public ScenarioResult run(Scenario scenario) {
        Portfolio portfolio = portfolio(scenario);
        List<Position> positions = new Assumptions(catalog, scenario.overrides()).positions(portfolio);
        ProjectionSettings settings = new ProjectionSettings(scenario.horizonYears() * 12, scenario.contributions(),
                scenario.taxRate(), scenario.reinvestedShare(), scenario.inflation());
        IncomeProjection projection = income.project(positions, settings, scenario.goalAnnualIncome());
        Screening screening = screen.screen(positions, catalog, projection.summary().requiredYield());
        return new ScenarioResult(scenario, positions, projection.summary(), projection.schedule(),
                screening.flags(), screening.sustainable());
    }

    /** The scenario's portfolio: its holdings, or its amount split by its template. */
    public Portfolio portfolio(Scenario scenario) {
        if (!scenario.holdings().isEmpty()) {
            if (scenario.template() != null && !scenario.template().isBlank()) {
                templates.get(scenario.template());   // fail early on an unknown template
            }
            return new Portfolio(scenario.holdings());
        }
        return templates.get(scenario.template()).allocate(scenario.amountUsd());
    }

    /** The catalog in use. */
    public Catalog catalog() {
        return catalog;
    }

    /** The templates in use. */
    public TemplateLibrary templates() {
        return templates;
    }
}
