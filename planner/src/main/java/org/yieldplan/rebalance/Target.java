package org.yieldplan.rebalance;

import java.util.Map;

/**
 * The target weight of one bucket or asset and its band.
 *
 * @param key    a bucket id ({@code staking}) or an asset symbol ({@code BTC}, upper case)
 * @param weight target weight, a fraction in [0, 1]
 * @param min    lowest tolerated weight, a fraction
 * @param max    highest tolerated weight, a fraction
 * @param assets how a trade in this key splits across assets (asset → share, shares sum to 1),
 *               for trading costs; an asset key is {@code {key: 1}}
 */
public record Target(String key, double weight, double min, double max, Map<String, Double> assets) {

    public Target {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("weights: a target needs a key");
        }
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("weights: " + key + " has weight " + weight + "; a weight lies in [0, 1]");
        }
        if (!(min >= 0 && min <= weight + 1e-12 && max >= weight - 1e-12 && max <= 1)) {
            throw new IllegalArgumentException("band: " + key + " needs 0 ≤ min ≤ target ≤ max ≤ 1, got "
                    + min + " ≤ " + weight + " ≤ " + max);
        }
        assets = assets == null || assets.isEmpty() ? Map.of(key, 1.0) : Map.copyOf(assets);
    }

    /** True when the weight lies inside [min, max] (ends included, 1e-9 tolerance for rounding). */
    public boolean contains(double w) {
        return w >= min - 1e-9 && w <= max + 1e-9;
    }

    /** Where a weight lies against the band. */
    public BandStatus status(double w) {
        return w > max + 1e-9 ? BandStatus.ABOVE : w < min - 1e-9 ? BandStatus.BELOW : BandStatus.INSIDE;
    }
}
