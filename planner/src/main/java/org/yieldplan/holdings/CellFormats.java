package org.yieldplan.holdings;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What each cell style of an .xlsx shows a number as: a plain number, a percentage or a date.
 * Read with one SAX pass over {@code xl/styles.xml} (number formats and the {@code cellXfs} list),
 * so the streaming reader never loads POI's XMLBeans style model.
 */
final class CellFormats {

    /** How a style shows numbers. */
    enum Kind { PLAIN, PERCENT, DATE }

    private final List<Kind> kinds = new ArrayList<>();

    /** No styles part: every number is plain. */
    CellFormats() {
    }

    /** The styles in a styles part. */
    CellFormats(InputStream styles) throws Exception {
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> xfFormats = new ArrayList<>();
        XlsxStreamReader.parse(styles, new DefaultHandler() {
            private boolean inCellXfs;

            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                switch (local) {
                    case "numFmt" -> {
                        Integer id = number(a.getValue("numFmtId"));
                        if (id != null && a.getValue("formatCode") != null) {
                            custom.put(id, a.getValue("formatCode"));
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            Integer id = number(a.getValue("numFmtId"));
                            xfFormats.add(id == null ? 0 : id);
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if ("cellXfs".equals(local)) {
                    inCellXfs = false;
                }
            }
        });
        for (int id : xfFormats) {
            String code = custom.getOrDefault(id, id >= 0 && id < 164 ? BuiltinFormats.getBuiltinFormat(id) : null);
            kinds.add(kind(id, code));
        }
    }

    private static Kind kind(int id, String code) {
        if (code == null) {
            return DateUtil.isInternalDateFormat(id) ? Kind.DATE : Kind.PLAIN;
        }
        if (code.contains("%")) {
            return Kind.PERCENT;
        }
        return DateUtil.isADateFormat(id, code) ? Kind.DATE : Kind.PLAIN;
    }

    /** The kind of a style index ({@code s} attribute of a cell); plain when out of range. */
    Kind of(int style) {
        return style >= 0 && style < kinds.size() ? kinds.get(style) : Kind.PLAIN;
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
