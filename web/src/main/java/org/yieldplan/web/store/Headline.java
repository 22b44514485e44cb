package org.yieldplan.web.store;

/**
 * A saved scenario's headline figures, as the list shows them, kept beside its inputs so that the list
 * reads neither inputs nor results. Null figures were not computed (or do not apply).
 *
 * @param portfolioValue     USD
 * @param blendedApy         base case, a fraction a year
 * @param monthlyIncome      base case, USD a month
 * @param successProbability the simulation's success probability, a fraction, or null without a plan
 * @param flagCount          the number of sustainability flags
 * @param error              why the scenario could not be computed, or null
 * @param goalMetProbability for a plan that cannot run out, the probability its income meets the goal every year
 */
public record Headline(Double portfolioValue, Double blendedApy, Double monthlyIncome, Double successProbability,
                       Integer flagCount, String error, Double goalMetProbability) {

    /** Not computed yet. */
    public static final Headline NONE = new Headline(null, null, null, null, null, null, null);

    /** A scenario that could not be computed. */
    public static Headline failed(String error) {
        return new Headline(null, null, null, null, null, error, null);
    }
}
