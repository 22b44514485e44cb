package org.yieldplan.market;

/**
 * The risk that a token loses most of its value for good (a failed project, a collapse of demand): a jump in its
 * price, permanent.
 *
 * @param probability the yearly probability, 0-1
 * @param loss        the share of the price lost, 0-1
 * @param source      where the figures came from (a judgement says so)
 */
public record TokenDeath(double probability, double loss, String source) {

    public TokenDeath {
        Checks.fraction("tokenDeath.probability", probability);
        Checks.fraction("tokenDeath.loss", loss);
        Checks.source("tokenDeath.source", source);
    }
}
