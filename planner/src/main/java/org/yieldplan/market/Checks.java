package org.yieldplan.market;

import org.yieldplan.input.InvalidField;
import org.yieldplan.input.Percent;
/** Validation shared by the catalog's records; each message names the field at fault. */
final class Checks {
    private Checks() {
    }

    static void finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new InvalidField(field, "must be a finite number, got " + v);
        }
    }

    static void nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new InvalidField(field, "must be zero or more, got " + v);
        }
    }

    static void fraction(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new InvalidField(field, "must be 0 % to 100 %, got " + Percent.of(v));
        }
    }

    static void date(String field, java.time.LocalDate d) {
        if (d == null) {
            throw new IllegalArgumentException(field + ": give the date the figures were set (asOf, e.g. 2026-12-01)");
        }
    }

    static void source(String field, String s) {
        if (s == null || s.isBlank()) {
            throw new InvalidField(field, "every catalog figure needs a source (label assumptions as such)");
        }
    }
}
