package org.yieldplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yieldplan.income.Contributions;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.scenario.Scenario;

/** Text a user supplied stays text: hostile names make no formula cell beyond the generated ones. */
class ProjectionWorkbookInjectionTest {

    private static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://evil.example/\",\"click me\")",
            "+cmd|' /C calc'!A0",
            "-1+1",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "=1+1");

    @Test
    void hostileNames_areStringCells_andAddNoFormula() throws IOException {
        Set<String> hostileFormulas = formulaCells(scenario(HOSTILE));
        Set<String> plainFormulas = formulaCells(scenario(List.of("AAA", "BBB", "CCC", "DDD", "EEE")));
        Set<String> onlyHostile = new HashSet<>(hostileFormulas);
        onlyHostile.removeAll(plainFormulas);
        Set<String> onlyPlain = new HashSet<>(plainFormulas);
        onlyPlain.removeAll(hostileFormulas);
        assertThat(onlyHostile).as("formula cells only with hostile names").isEmpty();
        assertThat(onlyPlain).as("formula cells only with plain names").isEmpty();

        try (XSSFWorkbook wb = WorkbookFixtures.downloaded(WorkbookFixtures.run(scenario(HOSTILE)))) {
            List<String> seen = new ArrayList<>();
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && HOSTILE.contains(c.getStringCellValue())) {
                            assertThat(c.getCellStyle().getQuotePrefixed()).as(s.getSheetName() + "!" + c.getAddress()).isTrue();
                            seen.add(c.getStringCellValue());
                        }
                        if (c.getCellType() == CellType.FORMULA) {
                            for (String h : HOSTILE) {
                                assertThat(c.getCellFormula()).doesNotContain(h.substring(1));
                            }
                        }
                    }
                }
            }
            // each hostile text shows up, as text: scenario name, description, asset, protocol, chain
            assertThat(new HashSet<>(seen)).containsExactlyInAnyOrderElementsOf(HOSTILE);
        }
    }

    @Test
    void anOverlongName_isCutToACellsLimit_notRefused() throws IOException {
        String longName = "X".repeat(40_000);
        Scenario s = scenario(List.of(longName, "B", "C", "D", "E"));
        try (XSSFWorkbook wb = WorkbookFixtures.downloaded(WorkbookFixtures.run(s))) {
            String shown = wb.getSheet("Holdings").getRow(1).getCell(0).getStringCellValue();
            assertThat(shown).hasSize(SheetWriter.MAX_TEXT + 1).startsWith("XXX").endsWith("…");
        }
    }

    private static Set<String> formulaCells(Scenario s) throws IOException {
        Set<String> out = new HashSet<>();
        try (XSSFWorkbook wb = WorkbookFixtures.downloaded(WorkbookFixtures.run(s))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            out.add(sheet.getSheetName() + "!" + c.getAddress());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Holdings named by the given texts (asset, protocol and chain), with the first as scenario name too. */
    private static Scenario scenario(List<String> names) {
        List<Holding> holdings = new ArrayList<>();
        Bucket[] buckets = {Bucket.STAKING, Bucket.LENDING, Bucket.LIQUIDITY, Bucket.FARMING, Bucket.CASH};
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            holdings.add(new Holding(n, 10.0, 100.0, 1000, buckets[i], i % 2 == 0, n, n, 0.05, 0.01, 7, 900.0, null));
        }
        return new Scenario("hostile", names.get(0), names.get(1), null, holdings, null, 12_000.0,
                Contributions.none(), 2, 0.025, 0.1, 0.5, List.of());
    }
}
