package org.yieldplan.web;

/**
 * One thing wrong with what a user sent: a form or JSON field, or a place in an uploaded sheet.
 * Parts that do not apply are null (and left out of the JSON).
 *
 * @param field   the input field, e.g. {@code horizonYears} or {@code overrides[2].apyBase}
 * @param sheet   the sheet of an uploaded workbook
 * @param row     the 1-based row in that sheet (or line of a CSV file)
 * @param column  the column's header or letter
 * @param message what is wrong and what to do about it
 */
public record Problem(String field, String sheet, Integer row, String column, String message) {

    /** A problem with a named field. */
    public static Problem ofField(String field, String message) {
        return new Problem(field, null, null, null, message);
    }

    /** A problem with the request as a whole. */
    public static Problem of(String message) {
        return new Problem(null, null, null, null, message);
    }

    /** Where it is, for a person: "Holdings, row 14, column APY", or the field; empty when nowhere. */
    public String place() {
        StringBuilder b = new StringBuilder();
        if (field != null) {
            b.append(field);
        }
        if (sheet != null) {
            b.append(b.length() > 0 ? ", " : "").append(sheet);
        }
        if (row != null) {
            b.append(b.length() > 0 ? ", " : "").append("row ").append(row);
        }
        if (column != null) {
            b.append(b.length() > 0 ? ", " : "").append("column ").append(column);
        }
        return b.toString();
    }
}
