package org.yieldplan.holdings;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What each cell style of an .xlsx shows a number as: a plain number, a percentage or a date.
 * Read with one pass of {@link XmlScanner} over {@code xl/styles.xml} (number formats and the {@code cellXfs} list),
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
    CellFormats(InputStream styles) throws IOException {
        Map<Integer, String> custom = new HashMap<>();
        List<Integer> xfFormats = new ArrayList<>();
        XmlScanner x = XmlScanner.of(styles);
        boolean inCellXfs = false;
        for (XmlScanner.Event e = x.next(); e != XmlScanner.Event.EOF; e = x.next()) {
            if (e == XmlScanner.Event.END && "cellXfs".equals(x.localName())) {
                inCellXfs = false;
            }
            if (e != XmlScanner.Event.START) {
                continue;
            }
            switch (x.localName()) {
                case "numFmt" -> {
                    Integer id = number(XlsxStreamReader.value(x, "numFmtId"));
                    String code = XlsxStreamReader.value(x, "formatCode");
                    if (id != null && code != null) {
                        custom.put(id, code);
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs) {
                        Integer id = number(XlsxStreamReader.value(x, "numFmtId"));
                        xfFormats.add(id == null ? 0 : id);
                    }
                }
                default -> {
                }
            }
        }
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
