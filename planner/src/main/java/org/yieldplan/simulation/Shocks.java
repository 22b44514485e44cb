package org.yieldplan.simulation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The distribution of the monthly price shocks, both scaled to unit variance. */
public enum Shocks {
    /** Standard normal. */
    NORMAL("normal"),
    /** Student-t with the settings' degrees of freedom ν, times √((ν − 2)/ν): fatter tails, same variance. */
    STUDENT_T("student-t");

    private final String id;

    Shocks(String id) {
        this.id = id;
    }

    /** The id used in JSON and on the command line. */
    public String id() {
        return id;
    }

    /** The shocks for an id, case-insensitive; a message listing the ids otherwise. */
    public static Shocks fromId(String id) {
        for (Shocks s : values()) {
            if (s.id.equalsIgnoreCase(id == null ? "" : id.strip()) || s.name().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("simulation.shocks: unknown '" + id + "'; use one of "
                + Arrays.stream(values()).map(Shocks::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
