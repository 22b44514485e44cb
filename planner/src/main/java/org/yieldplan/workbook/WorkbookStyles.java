package org.yieldplan.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every cell style of the projection workbook, built once per workbook (a workbook holds at most
 * 64,000 styles, so cells share these). One number format per unit: whole dollars, dollars and
 * cents, percent with two decimals, plain counts, ISO dates. Inputs (cells a user may change) are
 * light yellow with blue text, the usual convention for model inputs.
 */
final class WorkbookStyles {

    /** Whole dollars: {@code $1,234}; negatives in parentheses. */
    static final String USD = "\"$\"#,##0;(\"$\"#,##0)";
    /** Dollars and cents. */
    static final String USD_CENTS = "\"$\"#,##0.00;(\"$\"#,##0.00)";
    /** A fraction shown as a percentage: 0.0525 → 5.25 %. */
    static final String PERCENT = "0.00%";

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle groupHeader;
    final XSSFCellStyle label;
    final XSSFCellStyle text;
    final XSSFCellStyle count;
    final XSSFCellStyle number;
    final XSSFCellStyle date;
    final XSSFCellStyle usd;
    final XSSFCellStyle usdCents;
    final XSSFCellStyle percent;
    /** A percentage that shows red when negative (a shortfall). */
    final XSSFCellStyle percentSigned;
    /** A percentage that meets its target: green. */
    final XSSFCellStyle percentMet;
    /** A percentage below its target: red. */
    final XSSFCellStyle percentShort;
    final XSSFCellStyle usdTotal;
    final XSSFCellStyle critical;
    final XSSFCellStyle warning;
    final XSSFCellStyle usdInput;
    final XSSFCellStyle percentInput;
    final XSSFCellStyle countInput;
    final XSSFCellStyle textInput;

    WorkbookStyles(XSSFWorkbook wb) {
        XSSFFont bold = font(wb, true, false, 11, null);
        XSSFFont titleFont = font(wb, true, false, 16, new byte[] {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F});
        XSSFFont headerFont = font(wb, true, false, 11, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        XSSFFont noteFont = font(wb, false, true, 10, new byte[] {(byte) 0x59, (byte) 0x59, (byte) 0x59});
        XSSFFont inputFont = font(wb, false, false, 11, new byte[] {(byte) 0x00, (byte) 0x33, (byte) 0xCC});
        String dateFormat = "yyyy-mm-dd";

        title = style(wb, null, titleFont);
        title.setQuotePrefixed(true);          // the title is a scenario name: user text
        subtitle = style(wb, null, bold);
        note = style(wb, null, noteFont);
        note.setQuotePrefixed(true);           // notes may hold a scenario description
        header = style(wb, null, headerFont);
        fill(header, 0x1F, 0x3A, 0x5F);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        groupHeader = style(wb, null, bold);
        fill(groupHeader, 0xD9, 0xE1, 0xF2);
        groupHeader.setAlignment(HorizontalAlignment.CENTER);
        label = style(wb, null, bold);
        text = style(wb, null, null);
        text.setQuotePrefixed(true);              // user text stays text even when edited in Excel
        count = style(wb, "#,##0", null);
        number = style(wb, "#,##0.########", null);
        date = style(wb, dateFormat, null);
        usd = style(wb, USD, null);
        usdCents = style(wb, USD_CENTS, null);
        percent = style(wb, PERCENT, null);
        percentSigned = style(wb, "+0.00%;[Red]-0.00%;0.00%", null);
        percentMet = style(wb, PERCENT, font(wb, true, false, 11, new byte[] {(byte) 0x1A, (byte) 0x7F, (byte) 0x37}));
        percentShort = style(wb, PERCENT, font(wb, true, false, 11, new byte[] {(byte) 0xC0, (byte) 0x1C, (byte) 0x28}));
        usdTotal = style(wb, USD, bold);
        critical = style(wb, null, bold);
        fill(critical, 0xF4, 0xC7, 0xC3);
        warning = style(wb, null, bold);
        fill(warning, 0xFC, 0xE8, 0xB2);
        usdInput = input(wb, USD, inputFont);
        percentInput = input(wb, PERCENT, inputFont);
        countInput = input(wb, "#,##0", inputFont);
        textInput = input(wb, null, inputFont);
    }

    private static XSSFCellStyle input(XSSFWorkbook wb, String format, XSSFFont font) {
        XSSFCellStyle s = style(wb, format, font);
        fill(s, 0xFF, 0xF2, 0xCC);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        short grey = IndexedColors.GREY_40_PERCENT.getIndex();
        s.setBottomBorderColor(grey);
        s.setTopBorderColor(grey);
        s.setLeftBorderColor(grey);
        s.setRightBorderColor(grey);
        s.setLocked(false);
        return s;
    }

    private static XSSFCellStyle style(XSSFWorkbook wb, String format, XSSFFont font) {
        XSSFCellStyle s = wb.createCellStyle();
        if (format != null) {
            s.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        if (font != null) {
            s.setFont(font);
        }
        return s;
    }

    private static void fill(XSSFCellStyle s, int r, int g, int b) {
        s.setFillForegroundColor(new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static XSSFFont font(XSSFWorkbook wb, boolean bold, boolean italic, int points, byte[] rgb) {
        XSSFFont f = wb.createFont();
        f.setBold(bold);
        f.setItalic(italic);
        f.setFontHeightInPoints((short) points);
        if (rgb != null) {
            f.setColor(new XSSFColor(rgb, null));
        }
        return f;
    }
}
