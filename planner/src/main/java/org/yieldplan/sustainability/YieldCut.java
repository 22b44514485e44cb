package org.yieldplan.sustainability;

import java.util.List;

/**
 * A position whose yield the sustainable figure counts lower than its APY.
 *
 * @param subject        the position, as flags name it
 * @param valueUsd       its value, USD
 * @param apy            its APY, base case, a fraction a year
 * @param sustainableApy the APY counted as sustainable, a fraction a year
 * @param rules          the rules whose flags cut it
 */
public record YieldCut(String subject, double valueUsd, double apy, double sustainableApy, List<String> rules) {

    public YieldCut {
        rules = List.copyOf(rules);
    }
}
