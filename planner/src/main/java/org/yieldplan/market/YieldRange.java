package org.yieldplan.market;

import java.util.function.DoubleUnaryOperator;

/**
 * A low / base / high triple: an APY range (fractions a year) or an income range (USD).
 *
 * @param low  the pessimistic case
 * @param base the central case used by the projection
 * @param high the optimistic case
 */
public record YieldRange(double low, double base, double high) {

    public YieldRange {
        if (!Double.isFinite(low) || !Double.isFinite(base) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("range: low, base and high must be finite numbers");
        }
        if (low > base + 1e-12 || base > high + 1e-12) {
            throw new IllegalArgumentException("range: needs low ≤ base ≤ high, got "
                    + low + " / " + base + " / " + high);
        }
    }

    /** The same value in all three cases. */
    public static YieldRange flat(double value) {
        return new YieldRange(value, value, value);
    }

    /** Each case times a factor (e.g. value × APY gives income). */
    public YieldRange times(double factor) {
        return map(v -> v * factor);
    }

    /** Each case transformed by a non-decreasing function. */
    public YieldRange map(DoubleUnaryOperator f) {
        return new YieldRange(f.applyAsDouble(low), f.applyAsDouble(base), f.applyAsDouble(high));
    }

    /** Case by case sum. */
    public YieldRange plus(YieldRange other) {
        return new YieldRange(low + other.low, base + other.base, high + other.high);
    }
}
