/**
 * The scenario form ({@code /scenarios/new}, {@code /scenarios/{id}/edit}): its fields as the user
 * typed them, validation with a message beside each field, and the translation to a
 * {@link org.yieldplan.scenario.Scenario} through the scenario JSON format, so the planner's own
 * checks apply. Rates are typed as percentages (2.5 means 2.5 %) and stored as fractions. The
 * yield and risk figures per bucket are prefilled from the catalog (as the scenario uses them); a
 * changed figure is saved as a {@link org.yieldplan.market.AssumptionOverride} for its bucket.
 */
package org.yieldplan.web.form;
