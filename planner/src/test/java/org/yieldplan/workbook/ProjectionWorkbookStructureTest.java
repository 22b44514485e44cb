package org.yieldplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.scenario.ScenarioResult;

/** The workbook's shape: sheets, named inputs, frozen headers, cached values, and a golden outline. */
class ProjectionWorkbookStructureTest {

    private static final Path GOLDEN = Path.of("src/test/resources/workbook/supplemental-income.outline.txt");

    @Test
    void sheetsComeInReadingOrder_withSafeNames() throws IOException {
        try (XSSFWorkbook wb = WorkbookFixtures.sampleWorkbook("early-retirement")) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).startsWith("Summary", "Holdings", "Assumptions", "Income", "Income by year");
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(wb.getForceFormulaRecalculation()).isTrue();
            // native charts: income by bucket, the plan's balance by year (median path); their series name cells
            var charts = wb.getSheet("Summary").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(3);
            assertThat(charts.get(1).getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("'Withdrawals'!$N$14:$N$53");
        }
    }

    @Test
    void everyInputIsANamedYellowCellOnAssumptions() throws IOException {
        ScenarioResult r = WorkbookFixtures.sampleResult("early-retirement");
        try (XSSFWorkbook wb = WorkbookFixtures.sampleWorkbook("early-retirement")) {
            List<String> inputs = new ArrayList<>(List.of("Tax_Rate", "Reinvested_Share", "Inflation",
                    "Contribution_Amount", "Contribution_Frequency", "Contribution_Years", "Goal_Annual_Income"));
            for (Bucket b : r.positions().stream().map(p -> p.bucket()).distinct().toList()) {
                String s = b.id().substring(0, 1).toUpperCase() + b.id().substring(1);
                for (String prefix : List.of("Start_Value", "APY_Low", "APY_Base", "APY_High", "Reward_Share",
                        "Failure_Probability", "Loss_Given_Failure")) {
                    inputs.add(prefix + "_" + s);
                }
            }
            for (String input : inputs) {
                Name n = wb.getName(input);
                assertThat(n).as(input).isNotNull();
                assertThat(n.getSheetName()).as(input).isEqualTo("Assumptions");
                Cell c = ProjectionWorkbookFormulaTest.cell(wb, input);
                assertThat(c.getCellType()).as(input).isIn(CellType.NUMERIC, CellType.STRING, CellType.BLANK);
                assertThat(c.getCellStyle().getFillPattern()).as(input).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                assertThat(c.getCellStyle().getLocked()).as(input).isFalse();
            }
            assertThat(ProjectionWorkbookFormulaTest.cell(wb, "Goal_Annual_Income").getNumericCellValue()).isEqualTo(75_000);
        }
    }

    @Test
    void headerRowsAreFrozen() throws IOException {
        try (XSSFWorkbook wb = WorkbookFixtures.sampleWorkbook("retiree")) {
            assertFrozen(wb.getSheet("Holdings"), 1, 1);
            assertFrozen(wb.getSheet("Assumptions"), 4, 0);
            assertFrozen(wb.getSheet("Income"), IncomeSheet.FIRST_ROW, 2);
            assertFrozen(wb.getSheet("Income by year"), AnnualIncomeSheet.FIRST_ROW, 1);
        }
    }

    @Test
    void everyFormulaCellCarriesItsComputedValue() throws IOException {
        ScenarioResult r = WorkbookFixtures.sampleResult("monthly-saver");
        try (XSSFWorkbook wb = WorkbookFixtures.sampleWorkbook("monthly-saver")) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            List<String> bad = new ArrayList<>();
            int formulas = 0;
            for (org.apache.poi.ss.usermodel.Sheet s : wb) {
                for (Row row : s) {
                    for (Cell c : row) {
                        if (c.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        XSSFCell x = (XSSFCell) c;
                        double evaluated = ev.evaluate(c).getNumberValue();
                        if (!x.getCTCell().isSetV() || !WorkbookFixtures.agrees(c.getNumericCellValue(), evaluated)) {
                            bad.add(s.getSheetName() + "!" + c.getAddress() + " cached "
                                    + (x.getCTCell().isSetV() ? x.getCTCell().getV() : "none") + ", evaluates to " + evaluated);
                        }
                    }
                }
            }
            int months = r.scenario().horizonYears() * 12;
            assertThat(formulas).isGreaterThan(months * 8);
            assertThat(bad).isEmpty();
        }
    }

    @Test
    void holdingsSheetListsEveryHoldingUnderImportHeaders() throws IOException {
        ScenarioResult r = WorkbookFixtures.sampleResult("supplemental-income");
        try (XSSFWorkbook wb = WorkbookFixtures.sampleWorkbook("supplemental-income")) {
            XSSFSheet h = wb.getSheet("Holdings");
            List<String> headers = StreamSupport.stream(h.getRow(0).spliterator(), false)
                    .map(Cell::getStringCellValue).toList();
            assertThat(headers).containsExactlyElementsOf(HoldingsSheet.HEADERS);
            assertThat(h.getLastRowNum()).isEqualTo(r.positions().size());
            double total = 0;
            for (int i = 1; i <= h.getLastRowNum(); i++) {
                total += h.getRow(i).getCell(3).getNumericCellValue();
            }
            assertThat(total).isCloseTo(r.income().portfolioValue(), org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    /**
     * The workbook's outline (sheets, names and what they refer to, frozen panes, the first month's
     * formulas) against a reviewed golden copy. Regenerate deliberately with
     * {@code -Dyieldplan.regenerate=true} and review the diff.
     */
    @Test
    void outlineMatchesTheGoldenCopy() throws IOException {
        String outline;
        try (XSSFWorkbook wb = WorkbookFixtures.sampleWorkbook("supplemental-income")) {
            outline = outline(wb);
        }
        if (Boolean.getBoolean("yieldplan.regenerate")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, outline, StandardCharsets.UTF_8);
        }
        assertThat(outline).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    static String outline(XSSFWorkbook wb) {
        StringBuilder b = new StringBuilder();
        for (org.apache.poi.ss.usermodel.Sheet s : wb) {
            PaneInformation p = s.getPaneInformation();
            // row counts where the structure fixes them (not where they follow simulated data)
            boolean fixedRows = List.of("Holdings", "Income", "Income by year", "Assumptions").contains(s.getSheetName());
            b.append("sheet ").append(s.getSheetName()).append(fixedRows ? " rows " + (s.getLastRowNum() + 1) : "")
                    .append(" frozen ").append(p == null ? "none" : p.getHorizontalSplitTopRow() + "," + p.getVerticalSplitLeftColumn())
                    .append('\n');
        }
        List<String> names = new ArrayList<>();
        for (Name n : wb.getAllNames()) {
            if (!n.getNameName().startsWith("_xlnm")) {
                names.add("name " + n.getNameName() + " = " + n.getRefersToFormula());
            }
        }
        names.stream().sorted().forEach(n -> b.append(n).append('\n'));
        summaryAlignment(wb.getSheet(SummarySheet.NAME), b);
        XSSFSheet income = wb.getSheet("Income");
        for (Cell c : income.getRow(IncomeSheet.FIRST_ROW)) {
            b.append("Income!").append(c.getAddress()).append(' ')
                    .append(c.getCellType() == CellType.FORMULA ? "=" + c.getCellFormula() : c.toString()).append('\n');
        }
        for (Cell c : income.getRow(IncomeSheet.FIRST_ROW + 1)) {
            if (c.getCellType() == CellType.FORMULA) {
                b.append("Income!").append(c.getAddress()).append(" =").append(c.getCellFormula()).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * The Summary's figures and the header each sits under: one line a row, "label: Low=… Base=… High=…" with the
     * header text above each number (the nearest header row above it), so a figure moved out from under its header
     * changes the outline.
     */
    private static void summaryAlignment(XSSFSheet summary, StringBuilder b) {
        java.util.Map<Integer, String> headers = new java.util.HashMap<>();
        for (int r = 0; r < SummarySheet.BUCKET_HEADER; r++) {
            var row = summary.getRow(r);
            if (row == null) {
                continue;
            }
            if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING && row.getCell(1).getCellStyle().getFillPattern()
                    == org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND) {
                headers.clear();
                for (Cell c : row) {
                    headers.put(c.getColumnIndex(), c.getStringCellValue());
                }
                b.append("Summary header ").append(r + 1).append(": ").append(String.join(" | ",
                        new java.util.TreeMap<>(headers).values())).append('\n');
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (Cell c : row) {
                if (c.getCellType() == CellType.NUMERIC || c.getCellType() == CellType.FORMULA) {
                    line.append(' ').append(headers.getOrDefault(c.getColumnIndex(), "?")).append('=')
                            .append(CellReference.convertNumToColString(c.getColumnIndex()));
                }
            }
            if (!line.isEmpty()) {
                b.append("Summary ").append(row.getCell(0) == null ? "row " + (r + 1) : row.getCell(0).getStringCellValue()).append(':').append(line).append('\n');
            }
        }
    }

    private static void assertFrozen(org.apache.poi.ss.usermodel.Sheet s, int rows, int cols) {
        PaneInformation p = s.getPaneInformation();
        assertThat(p).as(s.getSheetName()).isNotNull();
        assertThat(p.isFreezePane()).as(s.getSheetName()).isTrue();
        assertThat((int) p.getHorizontalSplitTopRow()).as(s.getSheetName() + " rows").isEqualTo(rows);
        assertThat((int) p.getVerticalSplitLeftColumn()).as(s.getSheetName() + " columns").isEqualTo(cols);
    }
}
