package org.yieldplan.holdings;

import java.time.LocalDate;

/**
 * One cell as a file holds it, before it is given a meaning: the same shape from .xlsx, .xls and .csv.
 *
 * @param text     the cell's text (a text cell, or how a number was written in a .csv); null for a number cell
 * @param number   the numeric value of a number, date or formula cell; null for text
 * @param date     the date when the cell is formatted as a date, else null
 * @param percent  true when the cell is formatted as a percentage (its number is then a fraction)
 * @param error    the error a formula shows, e.g. {@code #DIV/0!}, else null
 * @param uncalculated true for a formula cell with no calculated value saved in the file
 */
record RawCell(String text, Double number, LocalDate date, boolean percent, String error, boolean uncalculated) {

    /** An empty cell. */
    static final RawCell BLANK = new RawCell(null, null, null, false, null, false);

    static RawCell text(String text) {
        return new RawCell(text, null, null, false, null, false);
    }

    static RawCell number(double value, boolean percent) {
        return new RawCell(null, value, null, percent, null, false);
    }

    static RawCell date(double serial, LocalDate date) {
        return new RawCell(null, serial, date, false, null, false);
    }

    static RawCell error(String error) {
        return new RawCell(null, null, null, false, error, false);
    }

    static RawCell uncalculatedFormula() {
        return new RawCell(null, null, null, false, null, true);
    }

    /** True when the cell holds nothing (or only spaces). */
    boolean isBlank() {
        return number == null && error == null && !uncalculated && (text == null || text.isBlank());
    }

    /** The cell as a person would read it, for messages. */
    String shown() {
        if (error != null) {
            return error;
        }
        if (text != null) {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
        if (date != null) {
            return date.toString();
        }
        if (number != null) {
            return percent ? trim(number * 100) + "%" : trim(number);
        }
        return "";
    }

    private static String trim(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
