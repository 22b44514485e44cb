package org.yieldplan.web.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the field a planner message names. Messages look like
 * {@code SOURCE[: line L, column C][: at 'path']: reason}, where the reason itself often starts
 * with the field ({@code horizonYears: must be 1 to 100 years}).
 */
public final class Fields {

    private static final Pattern AT = Pattern.compile("at '([^']+)'");
    private static final Pattern LOCATION = Pattern.compile("^line \\d+, column \\d+: ");
    private static final Pattern LEADING = Pattern.compile("^([A-Za-z][A-Za-z0-9_.\\[\\]*-]*): ");

    private Fields() {
    }

    /** The field named in the message, or null; {@code source} is the prefix to skip, or null. */
    public static String of(String message, String source) {
        if (message == null) {
            return null;
        }
        Matcher at = AT.matcher(message);
        if (at.find()) {
            return at.group(1);
        }
        String m = message;
        if (source != null && m.startsWith(source + ": ")) {
            m = m.substring(source.length() + 2);
        }
        m = LOCATION.matcher(m).replaceFirst("");
        Matcher lead = LEADING.matcher(m);
        return lead.find() ? lead.group(1) : null;
    }

    /** The reason alone, without the source and location prefixes. */
    public static String reason(String message, String source) {
        if (message == null) {
            return "";
        }
        String m = message;
        if (source != null && m.startsWith(source + ": ")) {
            m = m.substring(source.length() + 2);
        }
        m = LOCATION.matcher(m).replaceFirst("");
        m = m.replaceFirst("^at '[^']+': ", "");
        return m;
    }
}
