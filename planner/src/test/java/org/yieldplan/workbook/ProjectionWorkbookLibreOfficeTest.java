package org.yieldplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.scenario.ScenarioResult;

/**
 * LibreOffice, an engine independent of both the planner and POI, recalculates the workbook to
 * the Java values. The cached results are zeroed first, so a value read back can only come from
 * LibreOffice's own recalculation. Full suite only (needs {@code soffice}).
 */
@Tag("full")
class ProjectionWorkbookLibreOfficeTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeRecalculation_equalsTheJavaSchedule() throws Exception {
        for (String id : List.of("monthly-saver", "early-retirement")) {
            ScenarioResult r = WorkbookFixtures.sampleResult(id);
            try (XSSFWorkbook wb = WorkbookFixtures.sampleWorkbook(id)) {
                zeroCachedResults(wb);
                try (XSSFWorkbook recalculated = recalculate(wb, id)) {
                    assertThat(ProjectionWorkbookFormulaTest.mismatches(recalculated, Cell::getNumericCellValue, r))
                            .as(id).isEmpty();
                    for (int k = 0; k < 3 && !r.flags().isEmpty(); k++) {
                        var severity = SummarySheet.SEVERITIES[k];
                        double want = r.flags().stream().filter(f -> f.severity() == severity).count();
                        assertThat(recalculated.getSheet(SummarySheet.NAME).getRow(SummarySheet.FLAGS + k).getCell(1)
                                .getNumericCellValue()).as(id + " " + severity + " flags on the Summary").isEqualTo(want);
                    }
                    if (r.plan() != null) {
                        assertThat(WithdrawalsSheetTest.mismatches(recalculated, Cell::getNumericCellValue, r))
                                .as(id + " withdrawals").isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void libreOfficeRecalculation_followsAChangedInput() throws Exception {
        ScenarioResult before = WorkbookFixtures.sampleResult("supplemental-income");
        var changed = new org.yieldplan.scenario.Scenario(before.scenario().id(), before.scenario().name(), null,
                before.scenario().amountUsd(), before.scenario().holdings(), before.scenario().template(),
                before.scenario().goalAnnualIncome(), before.scenario().contributions(), before.scenario().horizonYears(),
                0.04, 0.2, 0.25, before.scenario().overrides());
        ScenarioResult expected = WorkbookFixtures.run(changed);
        try (XSSFWorkbook wb = WorkbookFixtures.downloaded(before)) {
            ProjectionWorkbookFormulaTest.setInput(wb, AssumptionsSheet.INFLATION, 0.04);
            ProjectionWorkbookFormulaTest.setInput(wb, AssumptionsSheet.TAX_RATE, 0.2);
            ProjectionWorkbookFormulaTest.setInput(wb, AssumptionsSheet.REINVESTED_SHARE, 0.25);
            try (XSSFWorkbook recalculated = recalculate(wb, "changed")) {
                assertThat(ProjectionWorkbookFormulaTest.mismatches(recalculated, Cell::getNumericCellValue, expected))
                        .isEmpty();
            }
        }
    }

    private static void zeroCachedResults(XSSFWorkbook wb) {
        for (Sheet s : wb) {
            for (Row row : s) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC) {
                        c.setCellValue(0);
                    }
                }
            }
        }
    }

    /** Saves the workbook, has LibreOffice open (recalculating) and re-save it, and reads the result. */
    private XSSFWorkbook recalculate(XSSFWorkbook wb, String name) throws IOException, InterruptedException {
        Path in = dir.resolve(name + ".xlsx");
        try (OutputStream out = Files.newOutputStream(in)) {
            wb.write(out);
        }
        Path outDir = Files.createDirectories(dir.resolve("out"));
        alwaysRecalculateOnLoad(dir.resolve("profile"));
        Process p = new ProcessBuilder(soffice(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                outDir.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished within 3 minutes").isTrue();
        Path result = outDir.resolve(name + ".xlsx");
        assertThat(result).as("LibreOffice output; log: " + Files.readString(dir.resolve("soffice.log"))).exists();
        try (InputStream s = Files.newInputStream(result)) {
            return new XSSFWorkbook(new ByteArrayInputStream(s.readAllBytes()));
        }
    }

    /**
     * A LibreOffice profile set to recalculate every formula of an .xlsx on load (its default for
     * Excel files is to keep the cached results, which would prove nothing here).
     */
    private static void alwaysRecalculateOnLoad(Path profile) throws IOException {
        Path user = Files.createDirectories(profile.resolve("user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
                <value>0</value></prop></item>
                </oor:items>
                """);
    }

    /** The soffice executable; fails, naming the package to install, when LibreOffice is missing. */
    static String soffice() {
        for (String dir : (System.getenv("PATH") + ":/usr/lib/libreoffice/program:/opt/libreoffice/program").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "soffice");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new AssertionError("LibreOffice (soffice) is not installed: install libreoffice-calc-nogui "
                + "(apt-get install -y libreoffice-calc-nogui) to run this full-suite test");
    }
}
