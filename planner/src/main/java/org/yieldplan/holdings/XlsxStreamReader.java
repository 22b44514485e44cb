package org.yieldplan.holdings;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * Reads an .xlsx sheet by sheet with one pass of {@link XmlScanner} over each sheet's XML (the parts found through
 * POI's {@link XSSFReader}), on a thread of its own while the caller's turns the rows into holdings ({@link
 * RowHandoff}), so a 100,000-row file never sits in memory as cells. Numbers stay numbers; only date and
 * percent formats are looked at.
 */
final class XlsxStreamReader {

    /** Excel's widest sheet: columns A to XFD. */
    static final int MAX_COLUMNS = 16_384;
    /** Formula text kept to look for links to other workbooks, characters. */
    private static final int MAX_FORMULA_CHARS = 1024;
    /** A reference to another workbook in a formula: {@code [1]Sheet!A1} ({@code [1]} outside quotes and names). */
    private static final Pattern EXTERNAL = Pattern.compile("(?<![A-Za-z0-9_\"'])\\[(\\d{1,4})\\]");

    /** A sheet listed in workbook.xml. */
    record SheetEntry(String name, String relationId, boolean hidden) {
    }

    /** Where the workbook's parts come from: POI's package reader, or {@link XlsxPackage} for an ordinary file. */
    interface Parts {
        /** The shared strings table, or null when the workbook has none. */
        SharedStringsPart sharedStrings() throws Exception;

        /** The styles part, or null when there is none. */
        InputStream styles() throws Exception;

        InputStream workbook() throws Exception;

        /** The sheet a relationship of the workbook points to. */
        InputStream sheet(String relationId) throws Exception;
    }

    /** The parts as POI's {@link XSSFReader} finds them. */
    static Parts parts(XSSFReader reader) {
        reader.setUseReadOnlySharedStringsTable(true);
        return new Parts() {
            @Override
            public SharedStringsPart sharedStrings() throws Exception {
                SharedStrings table = reader.getSharedStringsTable();
                return table == null ? null : SharedStringsPart.of(table);
            }

            @Override
            public InputStream styles() throws IOException {
                try {
                    return reader.getStylesData();
                } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
                    return null;                                    // no styles part: numbers are plain
                }
            }

            @Override
            public InputStream workbook() throws Exception {
                return reader.getWorkbookData();
            }

            @Override
            public InputStream sheet(String relationId) throws Exception {
                return reader.getSheet(relationId);
            }
        };
    }

    private final Parts parts;
    private final SharedStringsPart strings;
    private final CellFormats formats;
    private final List<SheetEntry> entries = new ArrayList<>();
    private final Map<Integer, String> externalLinks;
    private boolean date1904;

    /**
     * Reads the shared strings, the styles and the sheet list.
     *
     * @param externalLinks the linked workbooks by their formula index ({@code [1]} in {@code =[1]Sheet!A1}),
     *                      see {@link #externalLinks(OPCPackage)}
     */
    XlsxStreamReader(Parts parts, Map<Integer, String> externalLinks) throws Exception {
        this.parts = parts;
        this.externalLinks = Map.copyOf(externalLinks);
        this.strings = parts.sharedStrings();
        this.formats = styles(parts);
        try (InputStream in = parts.workbook()) {
            readWorkbook(XmlScanner.of(in));
        }
    }

    private static CellFormats styles(Parts parts) throws Exception {
        InputStream in = parts.styles();
        if (in == null) {
            return new CellFormats();                               // no styles part: numbers are plain
        }
        try (in) {
            return new CellFormats(in);
        }
    }

    /** The sheets listed in workbook.xml, in order. */
    List<SheetEntry> sheets() {
        return entries;
    }

    /** Feeds every visible sheet to the scan until one gives holdings. */
    void feed(HoldingsScan scan) throws Exception {
        for (SheetEntry e : entries) {
            if (scan.done()) {
                return;
            }
            if (e.hidden()) {
                scan.hidden(e.name());
                continue;
            }
            SheetScan sheet = scan.sheet(e.name());
            try (InputStream in = parts.sheet(e.relationId())) {
                XmlScanner x = XmlScanner.of(in);
                RowHandoff.read(sheet, rows -> new SheetCells(rows).read(x));
            }
        }
    }

    /** The workbooks an .xlsx links to: {@code xl/externalLinks/externalLinkN.xml}'s target, by N. */
    static Map<Integer, String> externalLinks(OPCPackage pkg) {
        Map<Integer, String> out = new HashMap<>();
        try {
            for (PackagePart p : pkg.getPartsByName(Pattern.compile("/xl/externalLinks/externalLink\\d+\\.xml"))) {
                int n = Integer.parseInt(p.getPartName().getName().replaceAll("\\D", ""));
                for (PackageRelationship r : p.getRelationships()) {
                    out.put(n, r.getTargetURI().toString());
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            // a damaged link part: the formulas are still read from their saved results, just not named
        }
        return out;
    }

    /** Reads the sheet list (name, state, relationship) and the date system. */
    private void readWorkbook(XmlScanner x) throws IOException {
        Map<String, String> namespaces = new HashMap<>();
        for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
            if (e != XmlScanner.Event.START) {
                continue;
            }
            for (int i = 0; i < x.attributeCount(); i++) {
                if (x.attributeName(i).startsWith("xmlns:")) {
                    namespaces.put(x.attributeName(i).substring("xmlns:".length()), x.attributeValue(i));
                }
            }
            if ("sheet".equals(x.localName())) {
                String rid = null;
                for (int i = 0; i < x.attributeCount(); i++) {
                    String a = x.attributeName(i);
                    int colon = a.indexOf(':');
                    if (colon > 0 && a.substring(colon + 1).equals("id") && !a.startsWith("xmlns:")
                            && namespaces.getOrDefault(a.substring(0, colon), "").contains("relationships")) {
                        rid = x.attributeValue(i);
                    }
                }
                String state = value(x, "state");
                entries.add(new SheetEntry(value(x, "name"), rid, state != null && !"visible".equals(state)));
            } else if ("workbookPr".equals(x.localName())) {
                String d = value(x, "date1904");
                date1904 = d != null && ("1".equals(d) || "true".equalsIgnoreCase(d));
            }
        }
    }

    /** An attribute's value, or null. */
    static String value(XmlScanner x, String qName) throws IOException {
        int i = x.attribute(qName);
        return i < 0 ? null : x.attributeValue(i);
    }

    /**
     * Turns a sheet's {@code <row>} and {@code <c>} elements into rows of raw cells, read with {@link XmlScanner}
     * (a sheet is most of a workbook's bytes, and the scanner reads them with far less work than a SAX parser).
     */
    private final class SheetCells {
        private final RowHandoff.Rows rows;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private boolean inFormula;
        private List<RawCell> row = new ArrayList<>();
        /** The row's formulas that refer to other workbooks, or null. */
        private List<RowHandoff.ExternalLink> links;
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInline;
        private boolean hasFormula;
        private boolean hasValue;
        /** Short text cells met in this sheet, by a hash of their text (a newer one replaces an older in its slot). */
        private final RawCell[] seen = new RawCell[1024];

        SheetCells(RowHandoff.Rows rows) {
            this.rows = rows;
        }

        /** Reads the sheet to its end, or until the scan needs no more of it. */
        void read(XmlScanner x) throws IOException {
            while (true) {
                switch (x.next()) {
                    case START -> start(x);
                    case END -> {
                        if (!end(x.localName())) {
                            return;                                     // no header in the first rows: the rest is not needed
                        }
                    }
                    case TEXT -> characters(x.textChars(), x.textStart(), x.textLength());
                    case EOF -> {
                        return;
                    }
                }
            }
        }

        private void start(XmlScanner x) throws IOException {
            switch (x.localName()) {
                case "row" -> {
                    int r = x.attribute("r");
                    rowNumber = r < 0 ? rowNumber + 1 : x.attributeInt(r);
                    row = new ArrayList<>();
                }
                case "c" -> {
                    int ref = x.attribute("r");
                    column = ref < 0 ? row.size() : x.attributeColumn(ref);
                    int t = x.attribute("t");
                    type = t < 0 ? null : type(x, t);
                    int s = x.attribute("s");
                    style = s < 0 ? 0 : x.attributeInt(s);
                    hasFormula = false;
                    hasValue = false;
                    text.setLength(0);
                    formula.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "f" -> {
                    hasFormula = true;
                    inFormula = true;
                }
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                }
                default -> {
                }
            }
        }

        /** The cell type, the same String for the usual ones. */
        private static String type(XmlScanner x, int t) throws IOException {
            for (String known : TYPES) {
                if (x.attributeIs(t, known)) {
                    return known;
                }
            }
            return x.attributeValue(t);
        }

        private void characters(char[] ch, int start, int length) {
            if (inValue || inInline) {
                text.append(ch, start, length);
            } else if (inFormula && formula.length() < MAX_FORMULA_CHARS) {
                formula.append(ch, start, Math.min(length, MAX_FORMULA_CHARS - formula.length()));
            }
        }

        /** False when the rest of the sheet is not needed. */
        private boolean end(String local) {
            switch (local) {
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "is" -> inInline = false;
                case "c" -> addCell();
                case "row" -> {
                    List<RowHandoff.ExternalLink> l = links;
                    links = null;
                    return rows.row(rowNumber, row, l);
                }
                default -> {
                }
            }
            return true;
        }

        private void addCell() {
            if (column < 0 || column >= MAX_COLUMNS || column > rows.widestColumn()) {
                return;
            }
            RawCell cell = cell();
            if (formula.length() > 0) {
                Matcher link = EXTERNAL.matcher(formula);
                if (link.find()) {
                    int n = Integer.parseInt(link.group(1));
                    if (links == null) {
                        links = new ArrayList<>();
                    }
                    links.add(new RowHandoff.ExternalLink(rowNumber, column, formula.toString(),
                            externalLinks.getOrDefault(n, "external link [" + n + "]")));
                }
            }
            while (row.size() < column) {
                row.add(null);
            }
            if (row.size() == column) {
                row.add(cell);
            } else {
                row.set(column, cell);
            }
        }

        private RawCell cell() {
            if (!hasValue) {
                return hasFormula ? RawCell.uncalculatedFormula() : RawCell.BLANK;
            }
            if (type == null || "n".equals(type)) {
                double d = plainNumber(text);
                if (!Double.isNaN(d)) {
                    return number(d);
                }
                String v = text.toString();
                return v.isBlank() ? (hasFormula ? RawCell.uncalculatedFormula() : RawCell.BLANK) : number(v.strip());
            }
            if (!"s".equals(type) && !"b".equals(type) && !"e".equals(type) && !"d".equals(type)) {
                return textCell();                                  // str, inlineStr
            }
            String v = text.toString();
            return switch (type) {
                case "s" -> RawCell.text(sharedString(v));
                case "b" -> RawCell.text("1".equals(v.strip()) ? "TRUE" : "FALSE");
                case "e" -> RawCell.error(v.strip());
                default -> RawCell.text(v.strip());                 // d
            };
        }

        /**
         * The text cell of {@link #text}: the same (immutable) cell for a short text seen before in this sheet, so a
         * column repeating "ETH" or "Arbitrum" 100,000 times holds one String and one cell, not 100,000 of each.
         */
        private RawCell textCell() {
            int n = text.length();
            if (n == 0 || n > 40) {
                return RawCell.text(text.toString());
            }
            int h = n;
            for (int i = 0; i < n; i++) {
                h = h * 31 + text.charAt(i);
            }
            int slot = (h ^ h >>> 16) & (seen.length - 1);
            RawCell c = seen[slot];
            if (c == null || !c.text().contentEquals(text)) {
                c = RawCell.text(text.toString());
                seen[slot] = c;
            }
            return c;
        }

        private RawCell number(String v) {
            try {
                return number(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                return RawCell.text(v);
            }
        }

        private RawCell number(double d) {
            CellFormats.Kind kind = formats.of(style);
            if (kind == CellFormats.Kind.PERCENT) {
                return RawCell.number(d, true);
            }
            if (kind == CellFormats.Kind.DATE && DateUtil.isValidExcelDate(d)) {
                return RawCell.date(d, DateUtil.getLocalDateTime(d, date1904).toLocalDate());
            }
            return RawCell.number(d, false);
        }

        private String sharedString(String v) {
            try {
                int i = Integer.parseInt(v.strip());
                return strings == null ? "" : strings.at(i);
            } catch (NumberFormatException e) {
                return "";
            }
        }
    }

    /** Cell types as written in {@code t="..."}. */
    private static final String[] TYPES = {"n", "s", "inlineStr", "str", "b", "e", "d"};
    /** Powers of ten a double holds exactly. */
    private static final double[] TEN_TO = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
        1e15};

    /**
     * The value of a plain decimal such as {@code 123}, {@code -4.5} (at most 15 digits, no spaces or exponent), as
     * {@link Double#parseDouble} reads it; NaN for anything else. Exact: the digits and the power of ten are both
     * exact doubles, and one division rounds correctly.
     */
    static double plainNumber(CharSequence s) {
        int n = s.length();
        int i = 0;
        boolean negative = n > 0 && s.charAt(0) == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int count = 0;
        int decimals = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++count > 15) {
                    return Double.NaN;
                }
                digits = digits * 10 + (c - '0');
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        double v = decimals > 0 ? digits / TEN_TO[decimals] : digits;
        return negative ? -v : v;
    }

    /** The 0-based column of a reference such as {@code AB12}; -1 when it has no letters. */
    static int columnOf(String ref) {
        int col = 0;
        int i = 0;
        String r = ref.toUpperCase(Locale.ROOT);
        while (i < r.length() && r.charAt(i) >= 'A' && r.charAt(i) <= 'Z' && i < 4) {
            col = col * 26 + (r.charAt(i) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

}
