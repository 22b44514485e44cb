package org.yieldplan.holdings;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** Longest field kept, characters (Excel's cell limit). */
    private static final int MAX_FIELD_CHARS = 32_767;

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

    /**
     * The file's text as a stream of characters: the charset from the byte-order mark, else UTF-8
     * when the first part is valid UTF-8, else Windows-1252.
     */
    static Reader open(Path file, byte[] head) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        Charset cs;
        int skip = 0;
        if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (head.length >= 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            cs = validUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        }
        in.skipNBytes(skip);
        return new InputStreamReader(in, cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static boolean validUtf8(byte[] head) {
        int end = head.length;
        for (int back = 1; back <= 3 && end - back >= 0; back++) {     // a character cut at the end is fine
            if ((head[end - back] & 0xC0) == 0xC0) {
                end -= back;
                break;
            }
            if ((head[end - back] & 0xC0) != 0x80) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Feeds the rows to the scan, numbered from 1 as a spreadsheet would show them. */
    static void feed(Reader text, SheetScan sheet) throws IOException {
        PushbackReader r = new PushbackReader(text, SNIFF_CHARS);
        char[] headChars = new char[SNIFF_CHARS];
        int n = r.read(headChars, 0, SNIFF_CHARS);
        if (n <= 0) {
            return;
        }
        r.unread(headChars, 0, n);
        Rows rows = new Rows(delimiter(new String(headChars, 0, n)), sheet);
        char[] buf = new char[1 << 16];
        for (int k = r.read(buf); k > 0; k = r.read(buf)) {
            for (int i = 0; i < k; i++) {
                if (!rows.take(buf[i])) {
                    return;
                }
            }
        }
        rows.finish();
    }

    /** The parser's state: the field and row being built. */
    private static final class Rows {
        private final char delimiter;
        private final SheetScan sheet;
        private List<RawCell> row = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private boolean quoted;
        private boolean wasQuoted;
        private boolean quoteSeen;
        private boolean afterCr;
        private int rowNumber = 1;

        Rows(char delimiter, SheetScan sheet) {
            this.delimiter = delimiter;
            this.sheet = sheet;
        }

        /** Takes one character; false when the scan wants no more rows. */
        boolean take(char c) {
            if (afterCr) {
                afterCr = false;
                if (c == '\n') {
                    return true;
                }
            }
            if (quoted) {
                if (quoteSeen) {
                    quoteSeen = false;
                    if (c == '"') {
                        field.append('"');                           // "" inside quotes
                        return true;
                    }
                    quoted = false;                                  // the closing quote; c is read below
                } else {
                    if (c == '"') {
                        quoteSeen = true;
                    } else if (field.length() < MAX_FIELD_CHARS) {
                        field.append(c);
                    }
                    return true;
                }
            }
            if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                field.setLength(0);
            } else if (c == delimiter) {
                endField();
            } else if (c == '\n' || c == '\r') {
                afterCr = c == '\r';
                endField();
                boolean more = sheet.row(rowNumber++, row);
                row = new ArrayList<>();
                return more;
            } else if (field.length() < MAX_FIELD_CHARS) {
                field.append(c);
            }
            return true;
        }

        void finish() {
            if (quoted && quoteSeen) {
                quoted = false;
            }
            if (field.length() > 0 || !row.isEmpty()) {
                endField();
                sheet.row(rowNumber, row);
            }
        }

        private void endField() {
            if (row.size() < XlsxStreamReader.MAX_COLUMNS) {
                row.add(cell(field, wasQuoted));
            }
            field.setLength(0);
            wasQuoted = false;
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
