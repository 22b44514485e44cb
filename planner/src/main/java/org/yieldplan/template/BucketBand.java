package org.yieldplan.template;

/**
 * The range a bucket's weight may move in before rebalancing is due.
 *
 * @param min the lowest acceptable weight, a fraction
 * @param max the highest acceptable weight, a fraction
 */
public record BucketBand(double min, double max) {

    public BucketBand {
        if (!(min >= 0 && min <= max && max <= 1)) {
            throw new IllegalArgumentException("bands: needs 0 ≤ min ≤ max ≤ 1, got " + min + " - " + max);
        }
    }

    /** True when the weight lies inside the band (ends included). */
    public boolean contains(double weight) {
        return weight >= min - 1e-12 && weight <= max + 1e-12;
    }
}
