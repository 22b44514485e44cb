package org.yieldplan.rebalance;

/**
 * How wide the tolerated range around a target weight is.
 *
 * <ul>
 *   <li>{@link Kind#ABSOLUTE}: target ± width points, e.g. 25 % ± 0.05 → 20-30 %;</li>
 *   <li>{@link Kind#RELATIVE}: target ± width × target, e.g. 20 % ± 25 % of itself → 15-25 %.</li>
 * </ul>
 * The range is clipped to [0, 1].
 *
 * @param kind  absolute or relative
 * @param width the half-width: points (a fraction) for absolute, a share of the target for relative; ≥ 0
 */
public record BandRule(Kind kind, double width) {

    /** The two ways to state a band. */
    public enum Kind { ABSOLUTE, RELATIVE }

    /** Target ± 5 points, the default (DOMAIN.md: "target 25 % with ±5 % band: act only outside 20-30 %"). */
    public static final BandRule DEFAULT = absolute(0.05);

    public BandRule {
        if (kind == null) {
            throw new IllegalArgumentException("band: needs a kind (absolute or relative)");
        }
        if (!(width >= 0 && width <= 1)) {
            throw new IllegalArgumentException("band: must be between 0 and 1, got " + width
                    + (width < 0 ? " (a band cannot be negative)" : ""));
        }
    }

    /** Target ± width points. */
    public static BandRule absolute(double width) {
        return new BandRule(Kind.ABSOLUTE, width);
    }

    /** Target ± width × target. */
    public static BandRule relative(double width) {
        return new BandRule(Kind.RELATIVE, width);
    }

    /** Lowest tolerated weight: max(0, target − half), half = width or width × target. */
    public double min(double target) {
        return Math.max(0, target - half(target));
    }

    /** Highest tolerated weight: min(1, target + half). */
    public double max(double target) {
        return Math.min(1, target + half(target));
    }

    private double half(double target) {
        return kind == Kind.ABSOLUTE ? width : width * target;
    }
}
