package org.yieldplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.simulation.Bands;
import org.yieldplan.withdrawal.PlanRow;

/**
 * The Withdrawals sheet: its formulas, recalculated by POI's FormulaEvaluator, equal the Java plan
 * (relative 1e-9); its percentile table is the simulation's.
 */
class WithdrawalsSheetTest {

    static List<String> plannedSamples() {
        return WorkbookFixtures.sampleIds().stream()
                .filter(id -> WorkbookFixtures.sample(id).withdrawal() != null).toList();
    }

    @ParameterizedTest
    @MethodSource("plannedSamples")
    void recalculatedPlan_equalsTheJavaPlan(String id) throws IOException {
        ScenarioResult r = WorkbookFixtures.sampleResult(id);
        try (XSSFWorkbook wb = WorkbookFixtures.sampleWorkbook(id)) {
            assertThat(mismatches(wb, wb.getCreationHelper().createFormulaEvaluator(), r)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("plannedSamples")
    void percentileTable_isTheSimulations(String id) throws IOException {
        ScenarioResult r = WorkbookFixtures.sampleResult(id);
        try (XSSFWorkbook wb = WorkbookFixtures.sampleWorkbook(id)) {
            XSSFSheet s = wb.getSheet(WithdrawalsSheet.NAME);
            int h = WithdrawalsSheet.percentileHeader(r.plan().years().size());
            Bands balance = r.simulation().percentiles().balance();
            Bands income = r.simulation().percentiles().income();
            for (int i = 0; i < r.simulation().percentiles().years().size(); i++) {
                var row = s.getRow(h + 1 + i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(r.simulation().percentiles().years().get(i).doubleValue());
                // rounding noise (|v| < 1e-6) is written as 0
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(SheetWriter.clean(balance.p5().get(i)));
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(SheetWriter.clean(balance.p50().get(i)));
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(SheetWriter.clean(balance.p95().get(i)));
                assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(SheetWriter.clean(income.p50().get(i)));
                // the plan table carries the simulated median beside the median path
                assertThat(s.getRow(WithdrawalsSheet.PLAN_HEADER + 1 + i).getCell(WithdrawalsSheet.SIMULATED_MEDIAN)
                        .getNumericCellValue()).isEqualTo(SheetWriter.clean(balance.p50().get(i)));
            }
            assertThat(s.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(s.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(5);
        }
    }

    /** Every formula of the plan table that differs from the Java plan, as "cell: got, want". */
    static List<String> mismatches(XSSFWorkbook wb, FormulaEvaluator ev, ScenarioResult r) {
        return mismatches(wb, c -> ev.evaluate(c).getNumberValue(), r);
    }

    /** As above, reading each formula cell's value with the given function (e.g. its cached result). */
    static List<String> mismatches(XSSFWorkbook wb, ToDoubleFunction<Cell> ev, ScenarioResult r) {
        List<String> out = new ArrayList<>();
        XSSFSheet s = wb.getSheet(WithdrawalsSheet.NAME);
        List<PlanRow> years = r.plan().years();
        for (int i = 0; i < years.size(); i++) {
            PlanRow p = years.get(i);
            int row = WithdrawalsSheet.PLAN_HEADER + 1 + i;
            double scale = Math.max(Math.abs(p.startBalance()), Math.abs(p.endBalance()));
            check(out, ev, s, row, WithdrawalsSheet.TAX, p.tax(), p.grossIncome());
            check(out, ev, s, row, WithdrawalsSheet.WITHDRAWN, p.withdrawal(), p.withdrawal());
            check(out, ev, s, row, WithdrawalsSheet.END, p.endBalance(), scale);
            check(out, ev, s, row, WithdrawalsSheet.END_REAL, p.endBalanceReal(), p.endBalanceReal());
            if (i > 0) {
                check(out, ev, s, row, WithdrawalsSheet.START, p.startBalance(), scale);
            }
        }
        return out;
    }

    /** Mismatch beyond 1e-9 relative to the size of the numbers the figure is computed from. */
    private static void check(List<String> out, ToDoubleFunction<Cell> ev, XSSFSheet s, int r, int c, double want, double scale) {
        Cell cell = s.getRow(r).getCell(c);
        if (cell.getCellType() != CellType.FORMULA) {
            out.add(cell.getAddress() + ": not a formula");
            return;
        }
        double got = ev.applyAsDouble(cell);
        if (Math.abs(got - want) > 1e-9 * Math.max(1, Math.max(Math.abs(want), Math.abs(scale)))) {
            out.add(cell.getAddress() + ": got " + got + ", want " + want);
        }
    }
}
