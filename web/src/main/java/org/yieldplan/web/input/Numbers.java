package org.yieldplan.web.input;

/**
 * Numbers as people type them: "1500000", "1,500,000", "$1,500", "2.5", "2.5 %". Blank is null.
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * The number typed, or null when blank.
     *
     * @throws NumberFormatException when it is not a finite number
     */
    public static Double parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(",", "").replace("$", "").replace("%", "").replace("_", "").strip();
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v) || t.matches(".*[a-zA-Z].*") && !t.matches("[0-9.+-]+[eE][0-9+-]+")) {
            throw new NumberFormatException(text);
        }
        return v;
    }
}
