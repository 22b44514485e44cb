package org.yieldplan.web.api;

import org.yieldplan.web.pages.ScenarioRow;

/**
 * One scenario in {@code GET /api/scenarios}: the list's headline figures; null parts are left out.
 *
 * @param id                 the id ({@code GET /api/scenarios/{id}} gives the full result)
 * @param name               its name
 * @param sample             true for a bundled, read-only sample
 * @param portfolioValue     USD
 * @param blendedApy         base case, a fraction a year
 * @param monthlyIncome      base case, USD a month
 * @param successProbability a fraction, when the simulation ran and the plan can run out
 * @param flagCount          the number of sustainability flags, when screened
 * @param error              why it could not be computed, or null
 * @param goalMetProbability for a plan that cannot run out (no success probability then), the share of paths whose
 *                           income in today's dollars meets the goal in every withdrawal year
 * @param created            when it was first saved, ISO-8601 UTC; null for a sample
 * @param updated            when it was last saved, ISO-8601 UTC; null for a sample
 */
public record ScenarioSummary(String id, String name, boolean sample, Double portfolioValue, Double blendedApy,
                              Double monthlyIncome, Double successProbability, Integer flagCount, String error,
                              Double goalMetProbability, String created, String updated) {

    static ScenarioSummary of(ScenarioRow r) {
        return new ScenarioSummary(r.id(), r.name(), r.sample(), r.value(), r.blendedApy(), r.monthlyIncome(),
                r.successProbability(), r.flagCount(), r.error(), r.goalMetProbability(),
                r.created() == null ? null : r.created().toString(), r.updated() == null ? null : r.updated().toString());
    }
}
