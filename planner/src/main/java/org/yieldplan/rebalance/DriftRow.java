package org.yieldplan.rebalance;

/**
 * One line of the drift report.
 *
 * @param key           bucket id or asset symbol
 * @param value         current value, USD
 * @param weight        current weight = value / Σ value, a fraction
 * @param target        target weight, a fraction (0 for a holding with no target)
 * @param min           lowest tolerated weight, a fraction
 * @param max           highest tolerated weight, a fraction
 * @param absoluteDrift weight − target, fraction points
 * @param relativeDrift (weight − target) / target; null when the target is 0
 * @param status        inside, above or below the band
 */
public record DriftRow(
        String key,
        double value,
        double weight,
        double target,
        double min,
        double max,
        double absoluteDrift,
        Double relativeDrift,
        BandStatus status) {
}
