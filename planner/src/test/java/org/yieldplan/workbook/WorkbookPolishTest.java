package org.yieldplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.scenario.TestRunners;

/** What a reader of the workbook sees: no "($0)" from rounding noise, a Summary that prints on one page. */
class WorkbookPolishTest {

    @ParameterizedTest
    @ValueSource(strings = {"supplemental-income", "early-retirement", "financial-independence", "retiree", "monthly-saver"})
    void noCellWithinAMillionthOfZero_showsASign(String id) {
        ScenarioResult r = TestRunners.sample(id);
        DataFormatter formatter = new DataFormatter(java.util.Locale.US);
        List<String> signed = new ArrayList<>();
        int nearZero = 0;
        try (XSSFWorkbook wb = WorkbookFixtures.downloaded(r)) {
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        boolean numeric = c.getCellType() == CellType.NUMERIC
                                || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC;
                        if (!numeric || Math.abs(c.getNumericCellValue()) >= SheetWriter.NOISE) {
                            continue;
                        }
                        nearZero++;
                        double v = c.getNumericCellValue();
                        String shown = formatter.formatRawCellContents(v, c.getCellStyle().getDataFormat(),
                                c.getCellStyle().getDataFormatString());
                        if (Double.doubleToRawLongBits(v) != 0L || shown.contains("(") || shown.contains("-")) {
                            signed.add(s.getSheetName() + "!" + c.getAddress() + " = " + v + " shown " + shown);
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(nearZero).as("the samples have zero cells to check").isPositive();
        assertThat(signed).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"early-retirement", "retiree"})
    void summaryPrintsOnOnePage(String id) throws Exception {
        try (XSSFWorkbook wb = WorkbookFixtures.downloaded(TestRunners.sample(id))) {
            Sheet s = wb.getSheet(SummarySheet.NAME);
            assertThat(s.getFitToPage()).isTrue();
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            assertThat(s.getPrintSetup().getLandscape()).isFalse();
        }
    }
}
