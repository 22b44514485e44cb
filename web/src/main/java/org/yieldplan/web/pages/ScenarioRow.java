package org.yieldplan.web.pages;

import java.time.Instant;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.web.library.Computed;
import org.yieldplan.web.library.ScenarioEntry;
import org.yieldplan.web.store.Headline;
import org.yieldplan.web.store.ListedScenario;

/**
 * One line of the scenario list. A figure that is not available is null (shown as "—").
 *
 * @param id                 the scenario's id
 * @param name               its name
 * @param description        its description, or null
 * @param sample             true for a bundled sample
 * @param value              portfolio value, USD
 * @param blendedApy         blended APY, base case, a fraction
 * @param monthlyIncome      monthly income, base case, USD
 * @param successProbability the simulation's success probability, a fraction; null for a plan that cannot run out
 * @param flagCount          the number of sustainability flags
 * @param error              why the scenario could not be computed, or null
 * @param goalMetProbability for a plan that cannot run out, the probability its income meets the goal every year
 * @param created            when it was first saved; null for a sample
 * @param updated            when it was last saved; null for a sample
 */
public record ScenarioRow(String id, String name, String description, boolean sample, Double value, Double blendedApy,
                          Double monthlyIncome, Double successProbability, Integer flagCount, String error,
                          Double goalMetProbability, Instant created, Instant updated) {

    /** The row of a computed scenario. */
    public static ScenarioRow of(Computed c) {
        ScenarioEntry e = c.entry();
        ScenarioResult r = c.result();
        return new ScenarioRow(e.id(), e.scenario().name(), e.scenario().description(), e.sample(),
                r.income().portfolioValue(), r.income().blendedApy().base(), r.income().monthlyIncome().base(),
                ResultParts.successProbability(r), ResultParts.flagCount(r), null, ResultParts.goalMetProbability(r),
                e.created(), e.updated());
    }

    /** The row of a saved scenario, from the store's summary columns. */
    public static ScenarioRow of(ListedScenario l) {
        Headline h = l.headline();
        return new ScenarioRow(l.id(), l.name(), l.description(), false, h.portfolioValue(), h.blendedApy(),
                h.monthlyIncome(), h.successProbability(), h.flagCount(), h.error(), h.goalMetProbability(),
                l.created(), l.updated());
    }

    /** The row of a sample whose result is still being computed. */
    public static ScenarioRow pending(ScenarioEntry e) {
        return new ScenarioRow(e.id(), e.scenario().name(), "still computing: open it to see its progress", e.sample(),
                null, null, null, null, null, null, null, e.created(), e.updated());
    }

    /** The row of a scenario whose result could not be computed. */
    public static ScenarioRow failed(ScenarioEntry e, String error) {
        return new ScenarioRow(e.id(), e.scenario().name(), e.scenario().description(), e.sample(), null, null, null,
                null, null, error, null, e.created(), e.updated());
    }
}
