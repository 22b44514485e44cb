package org.yieldplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yieldplan.income.Contributions;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.sustainability.Flag;
import org.yieldplan.sustainability.Severity;

class FlagsSheetTest {

    /** Holdings that fire flags: a farm paying 150 % (above the limit), concentrated in one protocol. */
    static Scenario flagged() {
        List<Holding> h = List.of(
                new Holding("CRV/ETH", null, null, 40_000, Bucket.FARMING, false, "Curve", "Ethereum", 0.30, 1.20, null, null, null),
                new Holding("USDC", null, null, 60_000, Bucket.LENDING, false, "Aave", "Ethereum", 0.05, null, null, null, null));
        return new Scenario("flagged", "Flagged", null, null, h, null, 20_000.0, Contributions.none(), 3, 0.025, 0, 0,
                List.of());
    }

    @Test
    void oneRowPerFlag_withCountsBySeverityAsFormulas() throws IOException {
        ScenarioResult r = WorkbookFixtures.run(flagged());
        List<Flag> flags = r.flags();
        assertThat(flags).as("the 150 % farm fires flags").isNotEmpty();
        try (XSSFWorkbook wb = WorkbookFixtures.downloaded(r)) {
            XSSFSheet s = wb.getSheet(FlagsSheet.NAME);
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < flags.size(); i++) {
                var row = s.getRow(FlagsSheet.TABLE_HEADER + 1 + i);
                Flag f = flags.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(f.severity().name().toLowerCase());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(f.rule());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(f.subject());
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(f.message());
                for (var e : f.evidence()) {
                    assertThat(row.getCell(4).getStringCellValue()).contains(e.name(), e.text());
                }
            }
            Severity[] order = {Severity.CRITICAL, Severity.WARNING, Severity.INFO};
            for (int k = 0; k < order.length; k++) {
                Severity sev = order[k];
                var cell = s.getRow(FlagsSheet.COUNTS_ROW + k).getCell(1);
                assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
                double expected = flags.stream().filter(f -> f.severity() == sev).count();
                assertThat(ev.evaluate(cell).getNumberValue()).isEqualTo(expected);
                // the Summary shows the same counts, by formula
                var onSummary = wb.getSheet(SummarySheet.NAME).getRow(SummarySheet.FLAGS + k).getCell(1);
                assertThat(ev.evaluate(onSummary).getNumberValue()).isEqualTo(expected);
            }
            XSSFSheet summary = wb.getSheet(SummarySheet.NAME);
            assertThat(summary.getRow(SummarySheet.SUSTAINABLE).getCell(1).getNumericCellValue())
                    .isEqualTo(r.sustainable().sustainableApy());
        }
    }
}
