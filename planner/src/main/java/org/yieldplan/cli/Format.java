package org.yieldplan.cli;

/** Display formats for a person on the terminal; money and rates round as {@link org.yieldplan.scenario.Figures} does. */
public final class Format {
    /** Spaces to pad with, appended a run at a time. */
    private static final char[] SPACES = " ".repeat(32).toCharArray();

    private Format() {
    }

    /** Whole dollars with thousands separators: {@code $1,234}; negative as {@code -$1,234}. */
    public static String money(double usd) {
        return org.yieldplan.scenario.Figures.usd(usd).replace('−', '-');    // the terminal's ASCII minus
    }

    /** A fraction as a percentage with two decimals: 0.05987 → {@code 5.99 %}. */
    public static String percent(double fraction) {
        return org.yieldplan.scenario.Figures.rate(fraction);
    }

    /** Text padded on the right to a width. */
    public static String left(String s, int width) {
        return pad(new StringBuilder(), s, width, false).toString();
    }

    /** Text padded on the left to a width. */
    public static String right(String s, int width) {
        return pad(new StringBuilder(), s, width, true).toString();
    }

    /** Appends text padded to a width: on the left when {@code alignRight}, else on the right. */
    public static StringBuilder pad(StringBuilder b, String s, int width, boolean alignRight) {
        String t = String.valueOf(s);
        if (!alignRight) {
            b.append(t);
        }
        for (int n = width - t.length(); n > 0; n -= SPACES.length) {
            b.append(SPACES, 0, Math.min(n, SPACES.length));    // one call per run of spaces, not one per space
        }
        return alignRight ? b.append(t) : b;
    }

    /**
     * A paragraph wrapped at {@code width} characters, each line after the first indented by {@code indent}
     * spaces, ending in a newline; a number and its unit ("5.00 %") stay on one line.
     */
    public static String wrap(String text, int width, int indent) {
        StringBuilder b = new StringBuilder();
        int column = 0;
        for (String word : text.replace(" %", "\u00a0%").split(" ")) {
            if (column > 0 && column + 1 + word.length() > width) {
                b.append('\n').append(" ".repeat(indent));
                column = indent;
            } else if (column > 0) {
                b.append(' ');
                column++;
            }
            b.append(word);
            column += word.length();
        }
        return b.append('\n').toString().replace('\u00a0', ' ');
    }
}
