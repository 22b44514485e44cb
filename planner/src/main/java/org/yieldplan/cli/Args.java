package org.yieldplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: {@code --name value} options, {@code --flag} switches and positional
 * words. Options are checked against the command's known names, so a typo is reported.
 */
public final class Args {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {
    }

    /**
     * Parses the words after the command name.
     *
     * @param words     the words
     * @param withValue option names (without dashes) that take a value
     * @param flags     option names that take none
     */
    public static Args parse(List<String> words, Set<String> withValue, Set<String> flags) {
        Args a = new Args();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("--")) {
                String name = w.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name) && value == null) {
                    a.options.put(name, "true");
                } else if (withValue.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= words.size()) {
                            throw new UsageException("--" + name + " needs a value");
                        }
                        value = words.get(++i);
                    }
                    a.options.put(name, value);
                } else {
                    throw new UsageException("unknown option --" + name + " (see --help)");
                }
            } else {
                a.positional.add(w);
            }
        }
        return a;
    }

    /** True when the switch or option was given. */
    public boolean has(String name) {
        return options.containsKey(name);
    }

    /** The option's value, or null. */
    public String get(String name) {
        return options.get(name);
    }

    /** The positional words. */
    public List<String> positional() {
        return List.copyOf(positional);
    }

    /** The option as a path, or null. */
    public Path path(String name) {
        String v = options.get(name);
        return v == null ? null : Path.of(v);
    }

    /** The option as a number, or null; a clear message when it is not one. */
    public Double number(String name) {
        String v = options.get(name);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v.replace(",", "").replace("_", "").strip());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got '" + v + "'");
        }
    }

    /** The option as a whole number, or null. */
    public Integer integer(String name) {
        Double d = number(name);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw new UsageException("--" + name + " must be a whole number, got '" + get(name) + "'");
        }
        return d.intValue();
    }
}
