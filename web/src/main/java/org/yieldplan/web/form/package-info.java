/**
 * The scenario form ({@code /scenarios/new}, {@code /scenarios/{id}/edit}): its fields as the user
 * typed them, read into a {@link org.yieldplan.scenario.Scenario} through the planner's
 * {@link org.yieldplan.scenario.ScenarioBuilder} (no JSON round trip), so the planner's own checks and
 * limits apply in one pass; each {@link org.yieldplan.input.FieldProblem} is shown beside the form field
 * that fills its JSON field, under that field's label ({@link org.yieldplan.web.form.FormFields}).
 * Rates are typed as percentages (2.5 means 2.5 %) and stored as fractions. The yield and risk figures
 * per bucket are prefilled as the scenario uses them; a changed figure is merged into that bucket's
 * {@link org.yieldplan.market.AssumptionOverride}.
 */
package org.yieldplan.web.form;
