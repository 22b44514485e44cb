package org.yieldplan.workbook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A .csv (or tab-separated) text as rows of text cells: the encoding from its byte-order mark
 * (UTF-8 without one, Windows-1252 when it is not valid UTF-8), the delimiter sniffed from the
 * first lines (comma, semicolon or tab), quoted fields with doubled quotes and line breaks inside.
 */
final class CsvTable {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int SNIFF_CHARS = 16_384;

    private CsvTable() {
    }

    /** True when the bytes look like text: no NUL bytes in the first part (UTF-16 aside). */
    static boolean looksLikeText(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return true;
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /** The text of the bytes, decoded. */
    static String decode(byte[] b) {
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, Charset.forName("windows-1252"));
        }
    }

    /** Feeds the rows to the scan, numbered from 1 as a spreadsheet would show them. */
    static void feed(String text, SheetScan sheet) {
        char delimiter = delimiter(text);
        List<RawCell> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int rowNumber = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == delimiter) {
                row.add(cell(field, wasQuoted));
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell(field, wasQuoted));
                wasQuoted = false;
                if (!sheet.row(rowNumber++, row)) {
                    return;
                }
                row = new ArrayList<>();
            } else if (row.size() < XlsxStreamReader.MAX_COLUMNS) {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(cell(field, wasQuoted));
            sheet.row(rowNumber, row);
        }
    }

    private static RawCell cell(StringBuilder field, boolean quoted) {
        String s = quoted ? field.toString() : field.toString().strip();
        field.setLength(0);
        return s.isEmpty() ? RawCell.BLANK : RawCell.text(s);
    }

    /** The delimiter that splits the first lines most consistently into more than one field. */
    static char delimiter(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
        String[] lines = head.split("\r?\n|\r");
        char best = ',';
        double bestScore = 0;
        for (char d : DELIMITERS) {
            int linesWith = 0;
            int total = 0;
            for (int i = 0; i < Math.min(lines.length, 40); i++) {
                int k = count(lines[i], d);
                total += k;
                linesWith += k > 0 ? 1 : 0;
            }
            double score = linesWith * 1000.0 + total;
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    private static int count(String line, char d) {
        int k = 0;
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (c == d && !q) {
                k++;
            }
        }
        return k;
    }
}
