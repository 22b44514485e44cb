package org.yieldplan.web.library;

import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.web.pages.ResultParts;
import org.yieldplan.web.store.Headline;

/** The list's figures of a result. */
final class Headlines {

    private Headlines() {
    }

    /** Value, blended APY and monthly income (base case), success probability when simulated, flag count. */
    static Headline of(ScenarioResult r) {
        return new Headline(r.income().portfolioValue(), r.income().blendedApy().base(), r.income().monthlyIncome().base(),
                ResultParts.successProbability(r), ResultParts.flagCount(r), null, ResultParts.goalMetProbability(r));
    }
}
