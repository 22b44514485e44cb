package org.yieldplan.pools;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yieldplan.input.IsoDay;

/**
 * The rows of a DeFiLlama CSV export (RFC 4180: a header row, fields quoted with doubled quotes; no
 * line breaks inside a field, which these exports never have), with typed access to a row's
 * columns by any of their names. A row's problems are thrown as {@link IllegalArgumentException}s
 * whose message names the column; the caller adds the line.
 */
final class CsvRows {

    private final String source;
    private final String[] lines;
    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;

    CsvRows(PoolText text) {
        this.source = text.source();
        this.lines = lines(text.text());
        List<String> header = lines.length == 0 ? List.of() : fields(lines[0]);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        this.width = header.size();
    }

    String source() {
        return source;
    }

    /**
     * The text's lines, split at each {@code \n} or {@code \r\n} without their ends, trailing empty lines left out:
     * what {@code split("\r?\n")} gives, without a regular expression's scan of every character (a pool list is
     * read as a holdings file is, and the JIT would compile the regex engine for it).
     */
    static String[] lines(String text) {
        if (text.indexOf('\n') < 0) {
            return new String[] {text};
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            out.add(text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end));
            start = end + 1;
        }
        out.add(text.substring(start));
        int n = out.size();
        while (n > 0 && out.get(n - 1).isEmpty()) {
            n--;
        }
        return out.subList(0, n).toArray(String[]::new);
    }

    /** The column's index under the first of the names the header has, or empty. */
    Optional<Integer> column(String... names) {
        for (String n : names) {
            Integer i = columns.get(n.toLowerCase(Locale.ROOT));
            if (i != null) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The column under one of the names, or a message naming the file and what the header lacks. */
    int required(String... names) {
        return column(names).orElseThrow(() -> new IllegalArgumentException(source + ": no column "
                + String.join(" or ", names) + " in the header (a DeFiLlama pools or history CSV is expected)"));
    }

    /** Number of lines after the header. */
    int size() {
        return Math.max(0, lines.length - 1);
    }

    /** Line number (1-based, the header is line 1) of row i. */
    static int lineOf(int row) {
        return row + 2;
    }

    /** The fields of row i, or null for a blank line; a row of the wrong width is refused. */
    List<String> row(int i) {
        String line = lines[i + 1];
        if (line.isBlank()) {
            return null;
        }
        List<String> f = fields(line);
        if (f.size() != width) {
            throw new IllegalArgumentException(f.size() + " fields where the header has " + width
                    + " (a line cut short or a stray comma)");
        }
        return f;
    }

    /**
     * The first {@code count} fields of row i as {@link #row} reads them (fewer when the line has fewer), or null for
     * a blank line; the rest of the line is not read, nor its width checked.
     */
    List<String> leading(int i, int count) {
        String line = lines[i + 1];
        return line.isBlank() ? null : fields(line, count);
    }

    static String text(List<String> row, Optional<Integer> column) {
        if (column.isEmpty()) {
            return null;
        }
        String v = row.get(column.get()).strip();
        return v.isEmpty() || v.equalsIgnoreCase("null") || v.equalsIgnoreCase("none") || v.equalsIgnoreCase("nan") ? null : v;
    }

    /** A number, or null when the cell is empty (or the column absent). */
    static Double number(List<String> row, Optional<Integer> column, String name) {
        String v = text(row, column);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": \"" + v + "\" is not a number");
        }
    }

    /** A number that must be there. */
    static double requiredNumber(List<String> row, int column, String name) {
        Double d = number(row, Optional.of(column), name);
        if (d == null) {
            throw new IllegalArgumentException(name + ": empty");
        }
        return d;
    }

    /** The UTC date of an ISO date or timestamp ({@code 2025-08-31} or {@code 2025-08-31T14:07:28.874Z}). */
    static LocalDate date(String v, String name) {
        if (v == null) {
            throw new IllegalArgumentException(name + ": empty");
        }
        try {
            return IsoDay.parse(v.length() >= 10 ? v.substring(0, 10) : v);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + ": \"" + v + "\" is not a date (YYYY-MM-DD...)");
        }
    }

    /** RFC 4180 fields of one line. */
    static List<String> fields(String line) {
        return fields(line, Integer.MAX_VALUE);
    }

    /** The first {@code count} RFC 4180 fields of one line (all of them when it has fewer). */
    private static List<String> fields(String line, int count) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                if (out.size() == count) {
                    return out;
                }
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
