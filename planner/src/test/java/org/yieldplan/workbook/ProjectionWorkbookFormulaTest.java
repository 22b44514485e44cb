package org.yieldplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.yieldplan.workbook.WorkbookFixtures.agrees;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yieldplan.income.Contributions;
import org.yieldplan.income.IncomeSchedule;
import org.yieldplan.income.IncomeSummary;
import org.yieldplan.income.ScheduleRow;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;

/**
 * The workbook's formulas, recalculated by POI's FormulaEvaluator (an engine independent of the
 * Java projector), equal the Java results; and changing an input recalculates them to what the
 * Java planner computes for the changed scenario.
 */
class ProjectionWorkbookFormulaTest {

    static List<String> samples() {
        return WorkbookFixtures.sampleIds();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void recalculatedIncomeSheets_equalTheJavaSchedule(String id) throws Exception {
        ScenarioResult r = WorkbookFixtures.sampleResult(id);
        try (XSSFWorkbook wb = WorkbookFixtures.sampleWorkbook(id)) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            List<String> mismatches = mismatches(wb, ev, r);
            assertThat(mismatches).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void recalculatedSummary_equalsTheJavaHeadlineFigures(String id) throws Exception {
        ScenarioResult r = WorkbookFixtures.sampleResult(id);
        try (XSSFWorkbook wb = WorkbookFixtures.sampleWorkbook(id)) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            XSSFSheet s = wb.getSheet(SummarySheet.NAME);
            IncomeSummary in = r.income();
            assertClose(ev, s, SummarySheet.VALUE, 2, in.portfolioValue());
            double[][] ranges = {
                {in.blendedApy().low(), in.blendedApy().base(), in.blendedApy().high()},
                {in.annualIncome().low(), in.annualIncome().base(), in.annualIncome().high()},
                {in.monthlyIncome().low(), in.monthlyIncome().base(), in.monthlyIncome().high()}};
            int[] rows = {SummarySheet.BLENDED, SummarySheet.ANNUAL, SummarySheet.MONTHLY};
            for (int i = 0; i < rows.length; i++) {
                for (int k = 0; k < 3; k++) {
                    assertClose(ev, s, rows[i], 1 + k, ranges[i][k]);
                }
            }
            assertClose(ev, s, SummarySheet.LOSS, 2, in.expectedLossRate());
            assertClose(ev, s, SummarySheet.NET, 2, in.netApy().base());
            assertClose(ev, s, SummarySheet.AFTER_TAX, 2, in.afterTaxAnnualIncome().base());
            if (in.requiredYield() != null) {
                assertClose(ev, s, SummarySheet.REQUIRED, 2, in.requiredYield());
            }
        }
    }

    @Test
    void changingABucketApyOnAssumptions_recalculatesIncomeAsThePlannerWould() throws Exception {
        Scenario base = WorkbookFixtures.sample("supplemental-income");
        ScenarioResult before = WorkbookFixtures.run(base);
        Bucket bucket = before.positions().get(0).bucket();
        double apy = 0.0731;
        // the planner's answer for the changed input: every position of the bucket at the new base APY
        Scenario changed = with(base, base.contributions(), base.taxRate(),
                List.of(new AssumptionOverride(bucket, null, null, apy, null, null, null, null, null, null, null, null, null)));
        ScenarioResult expected = WorkbookFixtures.run(changed);
        try (XSSFWorkbook wb = WorkbookFixtures.downloaded(before)) {
            setInput(wb, "APY_Base_" + suffix(bucket), apy);
            List<String> mismatches = mismatches(wb, wb.getCreationHelper().createFormulaEvaluator(), expected);
            assertThat(mismatches).isEmpty();
            assertThat(expected.schedule().yearTotals().get(0).grossIncome())
                    .isNotCloseTo(before.schedule().yearTotals().get(0).grossIncome(),
                            org.assertj.core.data.Percentage.withPercentage(0.01));
        }
    }

    @Test
    void changingTaxAndContributions_recalculatesIncomeAsThePlannerWould() throws Exception {
        Scenario base = WorkbookFixtures.sample("monthly-saver");
        ScenarioResult before = WorkbookFixtures.run(base);
        Scenario changed = with(base, new Contributions(1200, Contributions.Frequency.ANNUAL, 7), 0.3, base.overrides());
        ScenarioResult expected = WorkbookFixtures.run(changed);
        try (XSSFWorkbook wb = WorkbookFixtures.downloaded(before)) {
            setInput(wb, AssumptionsSheet.TAX_RATE, 0.3);
            setInput(wb, AssumptionsSheet.CONTRIBUTION_AMOUNT, 1200);
            setInput(wb, AssumptionsSheet.CONTRIBUTION_YEARS, 7);
            cell(wb, AssumptionsSheet.CONTRIBUTION_FREQUENCY).setCellValue("annual");
            List<String> mismatches = mismatches(wb, wb.getCreationHelper().createFormulaEvaluator(), expected);
            assertThat(mismatches).isEmpty();
        }
    }

    /** Every Income and Income-by-year value that differs from the result, as "sheet!cell: got, want". */
    static List<String> mismatches(XSSFWorkbook wb, FormulaEvaluator ev, ScenarioResult r) {
        return mismatches(wb, c -> ev.evaluate(c).getNumberValue(), r);
    }

    /** As above, reading each formula cell's value with the given function (e.g. its cached result). */
    static List<String> mismatches(XSSFWorkbook wb, ToDoubleFunction<Cell> ev, ScenarioResult r) {
        List<String> out = new ArrayList<>();
        IncomeSchedule schedule = r.schedule();
        int n = BucketFigures.of(r.positions()).size();
        XSSFSheet income = wb.getSheet(IncomeSheet.NAME);
        for (ScheduleRow row : schedule.months()) {
            int b = IncomeSchedule.TOTAL.equals(row.bucket()) ? n : bucketIndex(r, row.bucket());
            int sheetRow = IncomeSheet.row(row.period());
            double[] want = fields(row);
            for (int f = 0; f < want.length; f++) {
                compare(out, ev, income, sheetRow, IncomeSheet.col(b, f), want[f], row.grossIncome());
            }
            if (b == n) {
                compare(out, ev, income, sheetRow, IncomeSheet.realPaidCol(n), row.paidOutReal(), row.grossIncome());
                compare(out, ev, income, sheetRow, IncomeSheet.realPaidCol(n) + 1, row.endValueReal(), 0);
            }
        }
        XSSFSheet annual = wb.getSheet(AnnualIncomeSheet.NAME);
        for (ScheduleRow row : schedule.years()) {
            int sheetRow = AnnualIncomeSheet.FIRST_ROW + row.period() - 1;
            if (IncomeSchedule.TOTAL.equals(row.bucket())) {
                double[] want = fields(row);
                for (int f = 0; f < want.length; f++) {
                    compare(out, ev, annual, sheetRow, 1 + f, want[f], row.grossIncome());
                }
                compare(out, ev, annual, sheetRow, AnnualIncomeSheet.REAL_PAID_COL, row.paidOutReal(), row.grossIncome());
                compare(out, ev, annual, sheetRow, AnnualIncomeSheet.REAL_PAID_COL + 1, row.endValueReal(), 0);
            } else {
                int col = AnnualIncomeSheet.bucketPaidCol(bucketIndex(r, row.bucket()));
                compare(out, ev, annual, sheetRow, col, row.paidOut(), row.grossIncome());
                compare(out, ev, annual, sheetRow, col + 1, row.endValue(), 0);
            }
        }
        return out;
    }

    private static double[] fields(ScheduleRow row) {
        return new double[] {row.startValue(), row.contribution(), row.grossIncome(), row.expectedLoss(), row.tax(),
            row.reinvested(), row.paidOut(), row.endValue()};
    }

    private static int bucketIndex(ScenarioResult r, String bucketId) {
        List<BucketFigures> figures = BucketFigures.of(r.positions());
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).bucket().id().equals(bucketId)) {
                return i;
            }
        }
        throw new AssertionError("no bucket " + bucketId);
    }

    /**
     * Records a mismatch beyond a relative 1e-9. A flow that nets to zero (paid out when all is
     * reinvested: gross − tax − reinvested) is compared relative to the row's gross income, the
     * size of the numbers it is computed from.
     */
    private static void compare(List<String> out, ToDoubleFunction<Cell> ev, XSSFSheet sheet, int r, int c, double want,
                                double scale) {
        Cell cell = sheet.getRow(r).getCell(c);
        if (cell.getCellType() != CellType.FORMULA) {
            out.add(sheet.getSheetName() + "!" + new CellReference(r, c).formatAsString() + ": not a formula");
            return;
        }
        double got = ev.applyAsDouble(cell);
        if (Math.abs(got - want) > 1e-9 * Math.max(1, Math.max(Math.abs(want), Math.abs(scale)))) {
            out.add(sheet.getSheetName() + "!" + new CellReference(r, c).formatAsString() + ": got " + got + ", want " + want);
        }
    }

    private static void assertClose(FormulaEvaluator ev, XSSFSheet s, int r, int c, double want) {
        Cell cell = s.getRow(r).getCell(c);
        assertThat(cell.getCellType()).as("Summary %s", new CellReference(r, c).formatAsString()).isEqualTo(CellType.FORMULA);
        double got = ev.evaluate(cell).getNumberValue();
        assertThat(agrees(got, want)).as("Summary %s: got %s, want %s", new CellReference(r, c).formatAsString(), got, want)
                .isTrue();
    }

    static Cell cell(XSSFWorkbook wb, String name) {
        Name n = wb.getName(name);
        assertThat(n).as("named range %s", name).isNotNull();
        CellReference ref = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    static void setInput(XSSFWorkbook wb, String name, double value) {
        cell(wb, name).setCellValue(value);
    }

    private static String suffix(Bucket b) {
        return b.id().substring(0, 1).toUpperCase() + b.id().substring(1);
    }

    private static Scenario with(Scenario s, Contributions c, double tax, List<AssumptionOverride> overrides) {
        return new Scenario(s.id(), s.name(), s.description(), s.amountUsd(), s.holdings(), s.template(),
                s.goalAnnualIncome(), c, s.horizonYears(), s.inflation(), tax, s.reinvestedShare(), overrides);
    }
}
