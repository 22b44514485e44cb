package org.yieldplan.holdings;

/**
 * A price file that cannot be used, with where: the file, the line (1-based, 0 for the whole file)
 * and the column ({@code symbol}, {@code priceUsd} or {@code asOf}; null when not one column), so a
 * page can show the place beside the message.
 */
public final class PriceFileInvalid extends IllegalArgumentException {

    private final String file;
    private final int line;
    private final String column;

    PriceFileInvalid(String file, int line, String column, String what) {
        super(file + (line > 0 ? " line " + line : "") + (column != null ? " column " + column : "") + ": " + what);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file's name. */
    public String file() {
        return file;
    }

    /** The line at fault, 1-based; 0 for the whole file. */
    public int line() {
        return line;
    }

    /** The column at fault, or null. */
    public String column() {
        return column;
    }
}
