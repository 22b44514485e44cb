package org.yieldplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookCommandTest {

    @TempDir
    Path dir;

    @Test
    void workbookScenario_writesAnXlsxWithTheModelSheets() throws IOException {
        Path out = dir.resolve("projection.xlsx");
        MainTest.Run r = MainTest.run("workbook", "--scenario", MainTest.sample("retiree"), "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote", "projection.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Summary");
            assertThat(wb.getSheet("Income")).isNotNull();
            assertThat(wb.getName("APY_Base_Staking")).isNotNull();
        }
    }

    @Test
    void workbookTemplate_withHorizon_hasOneIncomeRowAMonth() throws IOException {
        Path out = dir.resolve("t.xlsx");
        MainTest.Run r = MainTest.run("workbook", "--template", "income-core", "--amount", "250000", "--horizon", "3",
                "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            // 4 title and header rows, then 36 months
            assertThat(wb.getSheet("Income").getLastRowNum() + 1).isEqualTo(4 + 36);
        }
    }

    @Test
    void workbookHoldings_readsTheHoldingsSheetOfAnEarlierWorkbook_andAddsRebalance() throws IOException {
        Path first = dir.resolve("first.xlsx");
        assertThat(MainTest.run("workbook", "--template", "income-core", "--amount", "100000", "--out", first.toString())
                .status()).isZero();
        Path second = dir.resolve("second.xlsx");
        MainTest.Run r = MainTest.run("workbook", "--holdings", first.toString(), "--template", "balanced-income-growth",
                "--out", second.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (XSSFWorkbook a = new XSSFWorkbook(Files.newInputStream(first));
             XSSFWorkbook b = new XSSFWorkbook(Files.newInputStream(second))) {
            assertThat(b.getSheet("Rebalance")).isNotNull();
            // the same holdings: the same Start_Value inputs
            assertThat(b.getName("Start_Value_Staking")).isNotNull();
            double va = cellOf(a, "Start_Value_Staking");
            assertThat(cellOf(b, "Start_Value_Staking")).isEqualTo(va);
        }
    }

    private static double cellOf(XSSFWorkbook wb, String name) {
        var ref = new org.apache.poi.ss.util.AreaReference(wb.getName(name).getRefersToFormula(), wb.getSpreadsheetVersion())
                .getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol()).getNumericCellValue();
    }

    @Test
    void missingOut_wrongExtension_missingFolder_areOneLineAndExitTwo() {
        for (MainTest.Run r : new MainTest.Run[] {
            MainTest.run("workbook", "--template", "income-core", "--amount", "1000"),
            MainTest.run("workbook", "--template", "income-core", "--amount", "1000", "--out", dir.resolve("p.csv").toString()),
            MainTest.run("workbook", "--template", "income-core", "--amount", "1000", "--out", dir.resolve("no/p.xlsx").toString()),
            MainTest.run("workbook", "--template", "nope", "--amount", "1000", "--out", dir.resolve("p.xlsx").toString())}) {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("yieldplan workbook:").doesNotContain("\n").doesNotContain("Exception");
        }
        assertThat(Files.exists(dir.resolve("p.xlsx"))).isFalse();
    }

    @Test
    void help_namesTheOptions() {
        assertThat(MainTest.run("workbook", "--help").out()).contains("--out", "--scenario", "--template", "--amount");
        assertThat(MainTest.run("--help").out()).contains("workbook");
    }
}
