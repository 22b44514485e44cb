package org.yieldplan.sustainability;

import java.util.List;

/** A rule about the whole portfolio or its plan. */
public sealed interface PortfolioRule extends Rule permits Concentration, PlanNeedsUnsustainableYield, LockupAgainstWithdrawals,
        PlanFailsTooOften, StablecoinIssuer, VolatileFundedGoal {

    /** The flags, none when the rule does not fire. */
    List<Flag> check(PortfolioFacts portfolio);
}
