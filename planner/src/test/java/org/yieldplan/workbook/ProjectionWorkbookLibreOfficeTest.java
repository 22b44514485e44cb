package org.yieldplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    /** The samples recalculated from zeroed cached results. */
    private static final List<String> SAMPLES = List.of("monthly-saver", "early-retirement");
    /** The workbook whose inputs are changed before LibreOffice recalculates it. */
    private static final String CHANGED = "changed";

    @TempDir
    static Path dir;
    /** Every workbook this class checks, recalculated by one LibreOffice run (its start costs seconds). */
    private static Map<String, XSSFWorkbook> recalculated;

    @BeforeAll
    static void recalculateEveryWorkbookOnce() throws Exception {
        Map<String, XSSFWorkbook> inputs = new LinkedHashMap<>();
        for (String id : SAMPLES) {
            XSSFWorkbook wb = WorkbookFixtures.downloaded(result(id));
            zeroCachedResults(wb);
            inputs.put(id, wb);
        }
        XSSFWorkbook wb = WorkbookFixtures.downloaded(result("supplemental-income"));
        ProjectionWorkbookFormulaTest.setInput(wb, AssumptionsSheet.INFLATION, 0.04);
        ProjectionWorkbookFormulaTest.setInput(wb, AssumptionsSheet.TAX_RATE, 0.2);
        ProjectionWorkbookFormulaTest.setInput(wb, AssumptionsSheet.REINVESTED_SHARE, 0.25);
        inputs.put(CHANGED, wb);
        recalculated = recalculate(inputs);
        for (XSSFWorkbook in : inputs.values()) {
            in.close();
        }
    }

    @AfterAll
    static void close() throws IOException {
        if (recalculated != null) {
            for (XSSFWorkbook wb : recalculated.values()) {
                wb.close();
            }
        }
    }

    @Test
    void libreOfficeRecalculation_equalsTheJavaSchedule() {
        for (String id : SAMPLES) {
            ScenarioResult r = result(id);
            XSSFWorkbook wb = recalculated.get(id);
            assertThat(ProjectionWorkbookFormulaTest.mismatches(wb, Cell::getNumericCellValue, r)).as(id).isEmpty();
            for (int k = 0; k < 3 && !r.flags().isEmpty(); k++) {
                var severity = SummarySheet.SEVERITIES[k];
                double want = r.flags().stream().filter(f -> f.severity() == severity).count();
                assertThat(wb.getSheet(SummarySheet.NAME).getRow(SummarySheet.FLAGS + k).getCell(1)
                        .getNumericCellValue()).as(id + " " + severity + " flags on the Summary").isEqualTo(want);
            }
            if (r.plan() != null) {
                assertThat(WithdrawalsSheetTest.mismatches(wb, Cell::getNumericCellValue, r))
                        .as(id + " withdrawals").isEmpty();
            }
        }
    }

    @Test
    void libreOfficeRecalculation_followsAChangedInput() {
        ScenarioResult before = result("supplemental-income");
        var changed = new org.yieldplan.scenario.Scenario(before.scenario().id(), before.scenario().name(), null,
                before.scenario().amountUsd(), before.scenario().holdings(), before.scenario().template(),
                before.scenario().goalAnnualIncome(), before.scenario().contributions(), before.scenario().horizonYears(),
                0.04, 0.2, 0.25, before.scenario().overrides());
        ScenarioResult expected = WorkbookFixtures.run(changed);
        assertThat(ProjectionWorkbookFormulaTest.mismatches(recalculated.get(CHANGED), Cell::getNumericCellValue,
                expected)).isEmpty();
    }

    /**
     * A sample's result from the fast runner (few paths, remembered): LibreOffice checks the workbook against the
     * result it was written from, whatever the number of paths.
     */
    private static ScenarioResult result(String id) {
        return WorkbookFixtures.run(WorkbookFixtures.sample(id));
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

    /** Saves the workbooks, has one LibreOffice run open (recalculating) and re-save them, and reads the results. */
    private static Map<String, XSSFWorkbook> recalculate(Map<String, XSSFWorkbook> workbooks)
            throws IOException, InterruptedException {
        Path inDir = Files.createDirectories(dir.resolve("in"));
        Path outDir = Files.createDirectories(dir.resolve("out"));
        List<String> command = new ArrayList<>(List.of(soffice(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir.toString()));
        for (Map.Entry<String, XSSFWorkbook> e : workbooks.entrySet()) {
            Path in = inDir.resolve(e.getKey() + ".xlsx");
            try (OutputStream out = Files.newOutputStream(in)) {
                e.getValue().write(out);
            }
            command.add(in.toString());
        }
        alwaysRecalculateOnLoad(dir.resolve("profile"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished within 3 minutes").isTrue();
        Map<String, XSSFWorkbook> out = new LinkedHashMap<>();
        for (String name : workbooks.keySet()) {
            Path result = outDir.resolve(name + ".xlsx");
            assertThat(result).as("LibreOffice output; log: " + Files.readString(dir.resolve("soffice.log"))).exists();
            try (InputStream s = Files.newInputStream(result)) {
                out.put(name, new XSSFWorkbook(new ByteArrayInputStream(s.readAllBytes())));
            }
        }
        return out;
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
