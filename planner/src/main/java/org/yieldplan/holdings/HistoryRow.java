package org.yieldplan.holdings;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One data row of a transaction history, its cells found by header name (lower case, single spaces). */
final class HistoryRow {

    private static final Pattern YMD = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern MDY = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})\\b");

    /** A history's header: normalised names to column indexes. */
    record Columns(Map<String, Integer> index) {
        static Columns of(List<RawCell> cells) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                RawCell c = cells.get(i);
                if (c != null && c.text() != null && !c.text().isBlank()) {
                    m.putIfAbsent(normal(c.text()), i);
                }
            }
            return new Columns(Map.copyOf(m));
        }

        boolean hasAll(String... names) {
            for (String n : names) {
                if (!index.containsKey(n)) {
                    return false;
                }
            }
            return true;
        }

        /** The first of the names the header has, or null. */
        String first(String... names) {
            for (String n : names) {
                if (index.containsKey(n)) {
                    return n;
                }
            }
            return null;
        }
    }

    private final int line;
    private final Columns columns;
    private final List<RawCell> cells;

    HistoryRow(int line, Columns columns, List<RawCell> cells) {
        this.line = line;
        this.columns = columns;
        this.cells = cells;
    }

    int line() {
        return line;
    }

    Columns columns() {
        return columns;
    }

    static String normal(String header) {
        return header.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private RawCell cell(String name) {
        Integer i = name == null ? null : columns.index().get(name);
        return i == null || i >= cells.size() || cells.get(i) == null ? RawCell.BLANK : cells.get(i);
    }

    boolean blank(String name) {
        return cell(name).isBlank();
    }

    /** The cell's text, stripped; empty when blank. */
    String text(String name) {
        RawCell c = cell(name);
        return (c.text() != null ? c.text() : c.shown()).replace('\u00a0', ' ').strip();
    }

    /** The cell's number ("$1,234.56", "(0.5 BTC)", "4.9E-05" understood); null when blank. */
    Double number(String name) throws CellReading.Unreadable {
        RawCell c = cell(name);
        if (c.isBlank() || c.text() != null && c.text().isBlank()) {
            return null;
        }
        try {
            return CellReading.number(c).value();
        } catch (CellReading.Unreadable e) {
            throw new CellReading.Unreadable("column '" + name + "': " + e.getMessage());
        }
    }

    /** The number, or zero when blank. */
    double numberOrZero(String name) throws CellReading.Unreadable {
        Double d = number(name);
        return d == null ? 0 : d;
    }

    /**
     * The day: a date cell, or text starting 2024-03-31 / 2024/3/31, or US month/day/year
     * (5/6/07 is 2007-05-06), any time after it ignored.
     */
    LocalDate date(String name) throws CellReading.Unreadable {
        RawCell c = cell(name);
        if (c.date() != null) {
            return c.date();
        }
        String s = text(name);
        try {
            Matcher m = YMD.matcher(s);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = MDY.matcher(s);
            if (m.find()) {
                int y = Integer.parseInt(m.group(3));
                return LocalDate.of(y < 100 ? 2000 + y : y, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the message
        }
        throw new CellReading.Unreadable("column '" + name + "': '" + s + "' is not a date");
    }
}
