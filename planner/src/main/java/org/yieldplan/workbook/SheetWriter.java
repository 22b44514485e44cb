package org.yieldplan.workbook;

import java.time.LocalDate;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Writes the cells of one sheet. Text always goes in as a string cell (never parsed), so text a
 * user supplied ({@code =HYPERLINK(...)}, {@code +cmd}, {@code @SUM}) stays inert; formulas are
 * written only by the sheet builders, each with its computed value as the cached result.
 * Rows and columns are 0-based. The sheet is an XSSF sheet (held in memory) or an SXSSF one
 * (streamed: rows are written top to bottom and cannot be revisited once flushed).
 */
final class SheetWriter {

    final Sheet sheet;
    final WorkbookStyles styles;

    SheetWriter(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** The row, created when missing. */
    Row row(int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    Cell cell(int r, int c, XSSFCellStyle style) {
        Cell cell = row(r).createCell(c);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /**
     * A text cell (a string cell, never parsed); null leaves the cell blank (but styled). Text
     * over {@link #MAX_TEXT} characters is cut, with an ellipsis.
     */
    Cell text(int r, int c, String value, XSSFCellStyle style) {
        Cell cell = cell(r, c, style);
        if (value != null) {
            cell.setCellValue(value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT) + "…");
        }
        return cell;
    }

    /** The longest text a cell holds (Excel's limit is 32,767 characters). */
    static final int MAX_TEXT = 32_000;

    /** A user-supplied text: a string cell with the quote-prefix style, whatever it starts with. */
    Cell userText(int r, int c, String value) {
        return text(r, c, value, styles.text);
    }

    /** A number cell; null leaves the cell blank (but styled). A value within {@value #NOISE} of zero is written as 0. */
    Cell number(int r, int c, Double value, XSSFCellStyle style) {
        Cell cell = cell(r, c, style);
        if (value != null) {
            cell.setCellValue(clean(value));
        }
        return cell;
    }

    /** Below this size a figure is rounding noise: written as 0 so that it never shows a sign, "($0)". */
    static final double NOISE = 1e-6;

    /** The value with rounding noise (|v| &lt; {@value #NOISE}, and −0) turned into a plain 0. */
    static double clean(double v) {
        return Math.abs(v) < NOISE ? 0.0 : v;
    }

    /** A date cell; null leaves it blank. */
    Cell date(int r, int c, LocalDate value) {
        Cell cell = cell(r, c, styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /** A formula cell carrying its computed value, so viewers that do not recalculate show it. */
    Cell formula(int r, int c, String formula, double cached, XSSFCellStyle style) {
        Cell cell = formulaCell(r, c, formula, style);
        cell.setCellValue(clean(cached));           // on a formula cell: its cached result
        return cell;
    }

    /** A formula cell whose result is text, carrying that text as its cached result. */
    Cell formulaText(int r, int c, String formula, String cached, XSSFCellStyle style) {
        Cell cell = formulaCell(r, c, formula, style);
        cell.setCellValue(cached);
        return cell;
    }

    /**
     * A cell holding the formula text as written: POI's parse check costs more than the rest of the
     * sheet together, and every formula is checked by evaluation in the tests.
     */
    private Cell formulaCell(int r, int c, String formula, XSSFCellStyle style) {
        Cell cell = cell(r, c, style);
        if (cell instanceof XSSFCell x) {
            x.getCTCell().addNewF().setStringValue(formula);
        } else {
            cell.setCellFormula(formula);           // streamed: stored as written, no parse
        }
        return cell;
    }

    /** A row of header cells from column c on. */
    void headers(int r, int c, String... names) {
        for (int i = 0; i < names.length; i++) {
            text(r, c + i, names[i], styles.header);
        }
    }

    /** Defines a workbook-level name for one cell, e.g. {@code Tax_Rate → Assumptions!$B$5}. */
    void name(String name, int r, int c) {
        nameRange(name, r, c, r, c);
    }

    /** Defines a workbook-level name for a block of cells. */
    void nameRange(String name, int r1, int c1, int r2, int c2) {
        Name n = sheet.getWorkbook().createName();
        n.setNameName(name);
        n.setRefersToFormula(quoted(sheet.getSheetName()) + "!" + abs(r1, c1)
                + (r1 == r2 && c1 == c2 ? "" : ":" + abs(r2, c2)));
    }

    /** Column widths in characters. */
    void widths(int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, chars[i]) * 256);
        }
    }

    /**
     * Print setup: landscape, {@code pagesWide} pages across (as many down as needed), the first
     * {@code headerRows} rows repeated on every page.
     */
    void print(int pagesWide, int headerRows) {
        print(pagesWide, headerRows, true);
    }

    /** Print setup: the whole sheet on one page, landscape or portrait. */
    void printOnOnePage(boolean landscape) {
        print(1, 0, landscape);
        sheet.getPrintSetup().setFitHeight((short) 1);
    }

    /** Print setup as above, landscape or portrait. */
    void print(int pagesWide, int headerRows, boolean landscape) {
        sheet.getPrintSetup().setLandscape(landscape);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) pagesWide);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        if (headerRows > 0) {
            sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, headerRows - 1, -1, -1));
        }
    }

    /** A relative reference, e.g. {@code B5}. */
    static String ref(int r, int c) {
        return CellReference.convertNumToColString(c) + (r + 1);
    }

    /** An absolute reference, e.g. {@code $B$5}. */
    static String abs(int r, int c) {
        return "$" + CellReference.convertNumToColString(c) + "$" + (r + 1);
    }

    /** A reference to a cell of another sheet, e.g. {@code 'Income by year'!B5}. */
    static String ref(String sheet, int r, int c) {
        return quoted(sheet) + "!" + ref(r, c);
    }

    /** A sheet name as it appears in a formula, quoted. */
    static String quoted(String sheet) {
        return "'" + sheet.replace("'", "''") + "'";
    }
}
