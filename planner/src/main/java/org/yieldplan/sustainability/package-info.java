/**
 * The sustainability screen: which yields will not last, and why.
 *
 * <p>{@link org.yieldplan.sustainability.SustainabilityScreen} runs a list of
 * {@link org.yieldplan.sustainability.Rule rules} (a sealed interface, one small record per rule,
 * each holding its own threshold) over {@link org.yieldplan.sustainability.PositionFacts} (what a
 * rule needs to know about one position, built from a {@link org.yieldplan.market.Position} and
 * the {@link org.yieldplan.market.Catalog}, or from any pool list) and returns
 * {@link org.yieldplan.sustainability.Flag flags} with a severity, a subject, a sentence and the
 * {@link org.yieldplan.sustainability.Evidence evidence} (the figures that fired the rule and the
 * threshold), plus the {@link org.yieldplan.sustainability.SustainableYield sustainable yield}:
 * the blended APY with the flagged-unsustainable parts cut back.
 *
 * <p>Units: rates and shares are fractions (0.05 is 5 %), APYs are a year, money is USD as
 * {@code double}. Thresholds are in {@link org.yieldplan.sustainability.Thresholds}, with
 * defaults in code and an optional JSON file. No I/O here: plain records in, plain records out.
 */
package org.yieldplan.sustainability;
