package org.yieldplan.holdings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small workbooks for tests, as a person would type them. A cell value is a String, a
 * Number, a LocalDate, a {@link Pct} (a fraction shown as a percentage), a {@link Formula}, or null.
 */
final class TestWorkbooks {

    /** A fraction shown with a percent format. */
    record Pct(double fraction) {
    }

    /** A formula cell; {@code cached} is written as its saved result unless null. */
    record Formula(String formula) {
    }

    /** A sheet: its name, whether hidden, and its rows (first row is row 1 unless {@code firstRow} says). */
    record SheetSpec(String name, boolean hidden, int firstRow, List<List<Object>> rows) {
        static SheetSpec of(String name, List<List<Object>> rows) {
            return new SheetSpec(name, false, 0, rows);
        }
    }

    private TestWorkbooks() {
    }

    static byte[] xlsx(List<List<Object>> rows) {
        return build(new XSSFWorkbook(), List.of(SheetSpec.of("Holdings", rows)), false);
    }

    static byte[] xlsx(List<SheetSpec> sheets, boolean evaluateFormulas) {
        return build(new XSSFWorkbook(), sheets, evaluateFormulas);
    }

    static byte[] xls(List<List<Object>> rows) {
        return build(new HSSFWorkbook(), List.of(SheetSpec.of("Holdings", rows)), true);
    }

    static byte[] build(Workbook wb, List<SheetSpec> sheets, boolean evaluateFormulas) {
        try (wb) {
            Map<String, CellStyle> styles = new HashMap<>();
            for (SheetSpec spec : sheets) {
                Sheet s = wb.createSheet(spec.name());
                for (int r = 0; r < spec.rows().size(); r++) {
                    Row row = s.createRow(spec.firstRow() + r);
                    List<Object> values = spec.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        set(wb, styles, row, c, values.get(c));
                    }
                }
                if (spec.hidden()) {
                    wb.setSheetHidden(wb.getSheetIndex(s), true);
                }
            }
            if (evaluateFormulas) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Workbook wb, Map<String, CellStyle> styles, Row row, int c, Object v) {
        if (v == null) {
            return;
        }
        Cell cell = row.createCell(c);
        if (v instanceof String s) {
            cell.setCellValue(s);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(style(wb, styles, "yyyy-mm-dd"));
        } else if (v instanceof Pct p) {
            cell.setCellValue(p.fraction());
            cell.setCellStyle(style(wb, styles, "0.00%"));
        } else if (v instanceof Formula f) {
            cell.setCellFormula(f.formula());
        } else {
            throw new IllegalArgumentException("cell value " + v);
        }
    }

    private static CellStyle style(Workbook wb, Map<String, CellStyle> styles, String format) {
        return styles.computeIfAbsent(format, f -> {
            CellStyle st = wb.createCellStyle();
            st.setDataFormat(wb.createDataFormat().getFormat(f));
            return st;
        });
    }
}
