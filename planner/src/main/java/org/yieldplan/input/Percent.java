package org.yieldplan.input;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A fraction as a person reads it in a message: 1.5 → "150 %", 0.025 → "2.5 %". */
public final class Percent {

    private Percent() {
    }

    /** The fraction × 100 with at most four decimals and no trailing zeros, then " %". */
    public static String of(double fraction) {
        if (!Double.isFinite(fraction)) {
            return fraction + "";
        }
        BigDecimal pct = BigDecimal.valueOf(fraction).movePointRight(2).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return (pct.signum() == 0 ? "0" : pct.toPlainString()) + " %";
    }
}
