package org.yieldplan.holdings;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * The shared strings of an .xlsx ({@code xl/sharedStrings.xml}) as a text cell's {@code <v>} index reads them, the way
 * POI's {@code ReadOnlySharedStringsTable} reads them: each {@code <si>}'s {@code <t>} texts joined, a phonetic run
 * after a space, {@code _xHHHH_} escapes decoded, and only the indices below the table's {@code count} attribute
 * answered (others read as empty).
 */
abstract class SharedStringsPart {

    /** The spreadsheet namespace every element of the part must be in. */
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** An escaped character, e.g. {@code _x000D_} for a carriage return (POI's pattern). */
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** The string at an index; empty when the index is outside the table's count. */
    abstract String at(int index);

    /** POI's table, each string made once per index (POI makes a rich-text object per call). */
    static SharedStringsPart of(SharedStrings table) {
        java.util.Map<Integer, String> made = new java.util.HashMap<>();
        return new SharedStringsPart() {
            @Override
            String at(int i) {
                return i < 0 || i >= table.getCount() ? "" : made.computeIfAbsent(i, k -> table.getItemAt(k).getString());
            }
        };
    }

    /**
     * The part read with {@link XmlScanner}.
     *
     * @throws IOException when the XML is malformed, or uses namespaces other than the plain spreadsheet one (POI's
     *                     reader then reads it)
     */
    static SharedStringsPart read(InputStream in) throws IOException {
        XmlScanner x = XmlScanner.of(in);
        List<String> strings = null;
        int count = 0;
        StringBuilder text = new StringBuilder();
        boolean inT = false;
        boolean inPhonetic = false;
        for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
            switch (e) {
                case START -> {
                    plainNamespace(x, strings == null);
                    switch (x.localName()) {
                        case "sst" -> {
                            int c = x.attribute("count");
                            count = c < 0 ? 0 : (int) Long.parseLong(x.attributeValue(c));
                            strings = new ArrayList<>();
                            text.setLength(0);
                        }
                        case "si" -> text.setLength(0);
                        case "t" -> inT = true;
                        case "rPh" -> {
                            inPhonetic = true;
                            if (text.length() > 0) {
                                text.append(' ');
                            }
                        }
                        default -> {
                        }
                    }
                }
                case END -> {
                    switch (x.localName()) {
                        case "si" -> {
                            if (strings != null) {
                                strings.add(text.toString());
                            }
                        }
                        case "t" -> inT = false;
                        case "rPh" -> inPhonetic = false;
                        default -> {
                        }
                    }
                }
                case TEXT -> {
                    if (inT) {
                        text.append(x.textChars(), x.textStart(), x.textLength());
                    }
                }
                default -> {
                }
            }
        }
        return table(strings, count);
    }

    private static SharedStringsPart table(List<String> strings, int count) {
        return new SharedStringsPart() {
            @Override
            String at(int i) {
                if (i < 0 || i >= count) {
                    return "";
                }
                if (strings == null || i >= strings.size()) {
                    throw new IllegalStateException("Cannot get item at " + i + " with strings: " + strings);
                }
                return decode(strings.get(i));
            }
        };
    }

    /** Refuses a prefixed element, or a default namespace other than the spreadsheet one (only on the root). */
    private static void plainNamespace(XmlScanner x, boolean root) throws IOException {
        if (x.localName().length() != x.name().length()) {
            throw new IOException("a prefixed element in the shared strings");
        }
        int ns = x.attribute("xmlns");
        if (root ? ns < 0 || !x.attributeIs(ns, MAIN) : ns >= 0) {
            throw new IOException("the shared strings are not in the spreadsheet namespace alone");
        }
    }

    /** {@code _xHHHH_} escapes as their characters (as POI's XSSFRichTextString.getString does). */
    static String decode(String value) {
        if (!value.contains("_x")) {
            return value;
        }
        Matcher m = ESCAPE.matcher(value);
        StringBuilder b = new StringBuilder();
        int at = 0;
        while (m.find()) {
            b.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return at == 0 ? value : b.append(value.substring(at)).toString();
    }
}
