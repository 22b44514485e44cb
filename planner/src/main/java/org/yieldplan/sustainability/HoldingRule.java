package org.yieldplan.sustainability;

import java.util.Optional;

/** A rule about one position. */
public sealed interface HoldingRule extends Rule
        permits ApyAboveLimit, EmissionFunded, OutsideNormalRange, ApySpike, NegativeRealYield,
        FeesBelowImpermanentLoss, StackedYield {

    /**
     * The flag for this position, if the rule fires.
     *
     * @param position    the position
     * @param comparables APY statistics of comparable positions in the same screen
     */
    Optional<Flag> check(PositionFacts position, Comparables comparables);

    /**
     * The APY to count as sustainable when this rule has fired, a fraction a year. Rules that
     * flag a risk rather than a yield level leave the APY as it is (the default).
     */
    default double sustainableApy(PositionFacts position) {
        return position.apy();
    }
}
