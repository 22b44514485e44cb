package org.yieldplan.holdings;

/**
 * Something the import could not read, or a note on how it read it.
 *
 * @param sheet    the sheet's name (the file name for .csv), or null for the whole file
 * @param row      the row number as Excel shows it (1-based), or 0 for the whole sheet
 * @param column   the column as letter and header, e.g. {@code C (APY)}, or null for the whole row
 * @param field    the holding field concerned, e.g. {@code apy}, or null
 * @param message  what is wrong and what to do, for a person
 * @param severity how much it matters
 */
public record ImportProblem(String sheet, int row, String column, String field, String message, Severity severity) {

    /** How much a problem matters. */
    public enum Severity {
        /** A note: how something was read (APR converted, totals row skipped). */
        INFO,
        /** The row was imported, but a value in it was ignored or assumed. */
        WARNING,
        /** The row was not imported. */
        ERROR
    }

    public ImportProblem {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message: a problem needs a message");
        }
        if (severity == null) {
            throw new IllegalArgumentException("severity: a problem needs a severity");
        }
    }

    /** One line: {@code Holdings row 14, column C (APY): '5000%' is above 1000 %; check the value}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (sheet != null) {
            b.append(sheet).append(' ');
        }
        if (row > 0) {
            b.append("row ").append(row);
        }
        if (column != null) {
            b.append(row > 0 ? ", " : "").append("column ").append(column);
        }
        return (b.isEmpty() ? "" : b.toString().strip() + ": ") + message;
    }
}
