package org.yieldplan.template;

import org.yieldplan.portfolio.Bucket;

/**
 * One part of a template: a share of the portfolio in one asset and bucket.
 *
 * @param asset  the asset or pair, e.g. {@code ETH} or {@code ETH/USDC}
 * @param bucket the bucket it is held in
 * @param weight the share of the portfolio, a fraction (0.25 is 25 %)
 */
public record TemplateSlice(String asset, Bucket bucket, double weight) {

    public TemplateSlice {
        if (asset == null || asset.isBlank()) {
            throw new IllegalArgumentException("slices: a slice needs an asset");
        }
        if (bucket == null) {
            throw new IllegalArgumentException("slices: " + asset + " needs a bucket");
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("slices: " + asset + " " + bucket.id()
                    + " has weight " + weight + "; a weight lies in (0, 1]");
        }
    }
}
