package org.yieldplan.holdings;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.hssf.model.HSSFFormulaParser;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.formula.EvaluationWorkbook;
import org.apache.poi.ss.formula.ExternSheetReferenceToken;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a workbook held in memory by POI's user model: .xls files (BIFF8), and small .xlsx files
 * whose formulas were saved without results, which are then evaluated.
 */
final class WorkbookModelReader {

    private final Workbook workbook;
    private final FormulaEvaluator evaluator;
    private final boolean date1904;

    /**
     * @param workbook the open workbook
     * @param evaluate true to calculate every formula (the file saved none); false to read saved results
     */
    WorkbookModelReader(Workbook workbook, boolean evaluate) {
        this.workbook = workbook;
        this.evaluator = evaluate ? workbook.getCreationHelper().createFormulaEvaluator() : null;
        this.date1904 = workbook instanceof XSSFWorkbook x ? x.isDate1904()
                : workbook instanceof HSSFWorkbook h && h.getInternalWorkbook().isUsing1904DateWindowing();
    }

    /** Feeds every visible sheet to the scan until one gives holdings. */
    void feed(HoldingsScan scan) {
        for (int i = 0; i < workbook.getNumberOfSheets() && !scan.done(); i++) {
            Sheet s = workbook.getSheetAt(i);
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                scan.hidden(s.getSheetName());
                continue;
            }
            SheetScan sheet = scan.sheet(s.getSheetName());
            for (Row r : s) {
                if (!sheet.row(r.getRowNum() + 1, cells(r, sheet))) {
                    break;
                }
            }
        }
    }

    private List<RawCell> cells(Row r, SheetScan sheet) {
        int widest = sheet.widestColumn();
        int last = Math.min(Math.min(r.getLastCellNum(), XlsxStreamReader.MAX_COLUMNS), widest == Integer.MAX_VALUE
                ? Integer.MAX_VALUE : widest + 1);
        List<RawCell> out = new ArrayList<>(Math.max(last, 0));
        for (int c = 0; c < last; c++) {
            Cell cell = r.getCell(c);
            String linked = cell == null ? null : linkedWorkbook(cell);
            if (linked != null) {
                sheet.externalReference(r.getRowNum() + 1, c, cell.getCellFormula(), linked);
            }
            out.add(cell == null ? RawCell.BLANK : raw(cell));
        }
        return out;
    }

    /**
     * For an .xls formula that refers to another workbook ({@code [prices.xls]Prices!B2}): the linked workbook as
     * its EXTERNALBOOK record names it; else null. Only a formula whose text has a {@code [} is parsed again.
     */
    private String linkedWorkbook(Cell cell) {
        if (!(workbook instanceof HSSFWorkbook h) || cell.getCellType() != CellType.FORMULA) {
            return null;
        }
        String formula = cell.getCellFormula();
        if (formula.indexOf('[') < 0) {
            return null;
        }
        try {
            for (Ptg p : HSSFFormulaParser.parse(formula, h, FormulaType.CELL, h.getSheetIndex(cell.getSheet()))) {
                if (p instanceof ExternSheetReferenceToken t) {
                    EvaluationWorkbook.ExternalSheet linked = h.getInternalWorkbook().getExternalSheet(t.getExternSheetIndex());
                    if (linked != null) {
                        return linked.getWorkbookName();
                    }
                }
            }
        } catch (RuntimeException e) {
            return null;   // a formula POI cannot parse again: its saved result is read as for any formula
        }
        return null;
    }

    private RawCell raw(Cell cell) {
        CellType t = cell.getCellType();
        if (t == CellType.FORMULA) {
            if (evaluator != null) {
                return evaluated(cell);
            }
            t = cell.getCachedFormulaResultType();
        }
        return switch (t) {
            case NUMERIC -> number(cell, cell.getNumericCellValue());
            case STRING -> RawCell.text(cell.getStringCellValue());
            case BOOLEAN -> RawCell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> RawCell.error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> RawCell.BLANK;
        };
    }

    private RawCell evaluated(Cell cell) {
        CellValue v;
        try {
            v = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            return RawCell.error("#CALC! (" + cell.getCellFormula() + " could not be calculated)");
        }
        if (v == null) {
            return RawCell.BLANK;
        }
        return switch (v.getCellType()) {
            case NUMERIC -> number(cell, v.getNumberValue());
            case STRING -> RawCell.text(v.getStringValue());
            case BOOLEAN -> RawCell.text(v.getBooleanValue() ? "TRUE" : "FALSE");
            case ERROR -> RawCell.error(FormulaError.forInt(v.getErrorValue()).getString());
            default -> RawCell.BLANK;
        };
    }

    private RawCell number(Cell cell, double d) {
        String fmt = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        if (fmt != null && fmt.contains("%")) {
            return RawCell.number(d, true);
        }
        if (fmt != null && DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(), fmt) && DateUtil.isValidExcelDate(d)) {
            return RawCell.date(d, DateUtil.getLocalDateTime(d, date1904).toLocalDate());
        }
        return RawCell.number(d, false);
    }
}
