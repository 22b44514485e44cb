package org.yieldplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yieldplan.income.Contributions;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.rebalance.DriftRow;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioResult;

class RebalanceSheetTest {

    static Scenario holdingsWithTemplate(String template) {
        List<Holding> h = List.of(
                new Holding("ETH", 20.0, 3000.0, 60_000, Bucket.STAKING, false, "Lido", "Ethereum", null, null, null, null, null),
                new Holding("USDC", null, null, 10_000, Bucket.LENDING, true, "Aave", "Ethereum", 0.05, null, null, null, null),
                new Holding("ETH/USDC", null, null, 30_000, Bucket.LIQUIDITY, false, "Uniswap", "Ethereum", null, null, null, null, null));
        return new Scenario("mine", "My holdings", null, null, h, template, null, Contributions.none(), 5, 0.025, 0, 0,
                List.of());
    }

    @Test
    void driftFormulas_equalThePlannersDrift_andTradesAreListed() throws IOException {
        ScenarioResult r = WorkbookFixtures.run(holdingsWithTemplate("income-core"));
        assertThat(r.rebalance()).isNotNull();
        assertThat(r.rebalance().trades()).as("60/10/30 against income-core needs trades").isNotEmpty();
        try (XSSFWorkbook wb = WorkbookFixtures.downloaded(r)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsSubsequence("Income", "Income by year", "Rebalance").endsWith("Rebalance");
            XSSFSheet s = wb.getSheet(RebalanceSheet.NAME);
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            List<DriftRow> drift = r.rebalance().drift();
            for (int i = 0; i < drift.size(); i++) {
                int row = RebalanceSheet.DRIFT_HEADER + 1 + i;
                DriftRow d = drift.get(i);
                // the weight recomputed by hand from the values: value / Σ values
                double total = drift.stream().mapToDouble(DriftRow::value).sum();
                assertThat(ev.evaluate(s.getRow(row).getCell(RebalanceSheet.WEIGHT_COL)).getNumberValue())
                        .isCloseTo(d.value() / total, org.assertj.core.api.Assertions.within(1e-12));
                assertThat(ev.evaluate(s.getRow(row).getCell(RebalanceSheet.DRIFT_COL)).getNumberValue())
                        .isCloseTo(d.weight() - d.target(), org.assertj.core.api.Assertions.within(1e-12));
                assertThat(ev.evaluate(s.getRow(row).getCell(RebalanceSheet.STATUS_COL)).getStringValue())
                        .isEqualTo(d.status().name().toLowerCase());
                assertThat(s.getRow(row).getCell(RebalanceSheet.STATUS_COL).getCellType()).isEqualTo(CellType.FORMULA);
            }
            int tradeRows = 0;
            for (var row : s) {
                var c = row.getCell(1);
                if (c != null && c.getCellType() == CellType.STRING
                        && List.of("buy", "sell").contains(c.getStringCellValue())) {
                    tradeRows++;
                }
            }
            assertThat(tradeRows).isEqualTo(r.rebalance().trades().size());
        }
    }

    @Test
    void withoutTargets_thereIsNoRebalanceSheet() throws IOException {
        ScenarioResult r = WorkbookFixtures.run(holdingsWithTemplate(null));
        try (XSSFWorkbook wb = WorkbookFixtures.downloaded(r)) {
            assertThat(wb.getSheet(RebalanceSheet.NAME)).isNull();
        }
    }
}
