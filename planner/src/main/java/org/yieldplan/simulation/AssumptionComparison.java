package org.yieldplan.simulation;

/**
 * The plan under the catalog's three assumption sets, side by side, on the same paths (common random numbers).
 *
 * @param paths paths per set (fewer than the main simulation's, for speed)
 * @param bear  under the bear set
 * @param base  under the base set
 * @param bull  under the bull set
 */
public record AssumptionComparison(int paths, AssumptionOutcome bear, AssumptionOutcome base, AssumptionOutcome bull) {
}
