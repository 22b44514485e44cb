package org.yieldplan.holdings;

import static java.util.Arrays.asList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.holdings.ImportProblem.Severity;
import org.yieldplan.holdings.TestWorkbooks.Formula;
import org.yieldplan.holdings.TestWorkbooks.Pct;
import org.yieldplan.holdings.TestWorkbooks.SheetSpec;

class HoldingsReaderTest {

    private static final double EPS = 1e-9;
    private final HoldingsReader reader = new HoldingsReader(SampleFiles.catalog());

    private static List<Object> row(Object... cells) {
        return asList(cells);
    }

    @Test
    void headerBelowTitleRows_spelledOtherwise_isFound_andTotalsRowsAreSkipped() {
        byte[] file = TestWorkbooks.xlsx(List.of(
                row("My crypto portfolio"),
                row("as of March 2025"),
                row(),
                row("Coin", "Qty", "Price ($)", "Market Value (USD)", "Platform", "Network", "APY %"),
                row("ETH", 2, 3000, null, "Lido", "Ethereum", 3.2),
                row("USDC", 1000, 1, 1000, "Aave", null, new Pct(0.05)),
                row(),
                row(null, null, null, 7000),
                row("Grand total", null, null, 7000)));
        HoldingsImport r = reader.read(file, "portfolio.xlsx");

        assertThat(r.format()).isEqualTo("xlsx");
        assertThat(r.holdings()).hasSize(2);
        Holding eth = r.holdings().get(0);
        assertThat(eth.asset()).isEqualTo("ETH");
        assertThat(eth.valueUsd()).isCloseTo(2 * 3000.0, within(EPS));          // value = quantity × price
        assertThat(eth.apyBase()).isCloseTo(0.032, within(EPS));                // "APY %" header: 3.2 means 3.2 %
        assertThat(eth.bucket()).isEqualTo(Bucket.STAKING);                      // Lido → staking
        assertThat(eth.bucketInferred()).isTrue();
        Holding usdc = r.holdings().get(1);
        assertThat(usdc.apyBase()).isCloseTo(0.05, within(EPS));                // a 5.00 % cell holds 0.05
        assertThat(usdc.bucket()).isEqualTo(Bucket.LENDING);                     // Aave → lending
        assertThat(r.problems()).extracting(ImportProblem::row).containsExactly(8, 9);
        assertThat(r.problems()).allMatch(p -> p.severity() == Severity.INFO && p.message().contains("totals row"));
    }

    @Test
    void totalsLabelLeftOfTheAssetColumn_isSkipped_butTotalInAProtocolNameIsNot() {
        byte[] file = TestWorkbooks.xlsx(List.of(row("#", "Asset", "Value", "Protocol"),
                row(1, "ETH", 1000, "Total Finance"), row(2, "BTC", 500, null), row("Total", null, 1500)));
        HoldingsImport r = reader.read(file, "t.xlsx");
        assertThat(r.holdings()).extracting(Holding::asset).containsExactly("ETH", "BTC");
        assertThat(r.holdings().get(0).protocol()).isEqualTo("Total Finance");
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(4));
    }

    @Test
    void badCells_areReportedWithSheetRowAndColumn_andTheGoodRowsStillImport() {
        byte[] file = TestWorkbooks.xlsx(List.of(
                row("Asset", "Value (USD)", "APY", "Bucket"),
                row("ETH", 1000, "4.5 %", "staking"),
                row("SOL", 500, "5000%", "staking"),
                row("BTC", "(53.62)", null, "growth"),
                row("ATOM", 200, 12, "moon"),
                row(null, 300, 5, "lending")));
        HoldingsImport r = reader.read(file, "bad.xlsx");

        assertThat(r.holdings()).extracting(Holding::asset).containsExactly("ETH", "ATOM");
        assertThat(r.holdings().get(0).apyBase()).isCloseTo(0.045, within(EPS));
        assertThat(r.holdings().get(1).apyBase()).isCloseTo(0.12, within(EPS));  // 12 ≥ 1: percentage points
        ImportProblem apy = r.problems().get(0);
        assertThat(apy).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::field,
                ImportProblem::severity).containsExactly("Holdings", 3, "C (APY)", "apy", Severity.ERROR);
        assertThat(apy.toString()).isEqualTo("Holdings row 3, column C (APY): '5000%' is above 1000 %; check the value");
        assertThat(r.problems().get(1).row()).isEqualTo(4);
        assertThat(r.problems().get(1).message()).contains("(53.62)", "negative");
        ImportProblem bucket = r.problems().get(2);
        assertThat(bucket.severity()).isEqualTo(Severity.WARNING);
        assertThat(bucket.column()).isEqualTo("D (Bucket)");
        assertThat(r.holdings().get(1).bucketInferred()).isTrue();
        assertThat(r.problems().get(3)).extracting(ImportProblem::row, ImportProblem::field, ImportProblem::severity)
                .containsExactly(6, "asset", Severity.ERROR);
    }

    @Test
    void aprColumn_isConvertedToApyWithDailyCompounding_andTheAssumptionIsStated() {
        byte[] file = TestWorkbooks.xlsx(List.of(row("Token", "Amount (USD)", "APR (%)"), row("USDC", 10_000, 10)));
        HoldingsImport r = reader.read(file, "apr.xlsx");

        double expected = Math.pow(1 + 0.10 / 365, 365) - 1;                    // (1 + APR/365)^365 − 1
        assertThat(r.holdings().get(0).apyBase()).isCloseTo(expected, within(1e-12));
        assertThat(r.holdings().get(0).valueUsd()).isEqualTo(10_000);          // "Amount (USD)" is a value
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.message()).contains("daily compounding");
        });
    }

    @Test
    void hiddenSheets_areIgnored_andTheFirstVisibleHoldingsSheetIsRead() {
        byte[] file = TestWorkbooks.xlsx(List.of(
                new SheetSpec("Old", true, 0, List.of(row("Asset", "Value"), row("DOGE", 1))),
                SheetSpec.of("Notes", List.of(row("nothing here"), row("just text"))),
                SheetSpec.of("Now", List.of(row("Asset", "Value"), row("ETH", 5000)))), false);
        HoldingsImport r = reader.read(file, "sheets.xlsx");

        assertThat(r.sheet()).isEqualTo("Now");
        assertThat(r.holdings()).extracting(Holding::asset).containsExactly("ETH");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("Old");
            assertThat(p.message()).contains("hidden");
        });
    }

    @Test
    void formulaCells_useTheSavedResult_orAreCalculatedWhenTheFileSavedNone() {
        List<List<Object>> rows = List.of(row("Asset", "Quantity", "Price", "Value"),
                row("ETH", 3, 2500, new Formula("B2*C2")), row("BTC", 0.5, 60000, new Formula("B3*C3")));
        for (boolean saved : new boolean[] {true, false}) {
            HoldingsImport r = reader.read(TestWorkbooks.xlsx(List.of(SheetSpec.of("H", rows)), saved), "f.xlsx");
            assertThat(r.holdings()).extracting(Holding::valueUsd).containsExactly(3 * 2500.0, 0.5 * 60000);
            assertThat(r.problems()).isEmpty();
        }
    }

    @Test
    void dates_areReadFromDateCellsInBothDateSystems_andFromIsoText() throws IOException {
        LocalDate d = LocalDate.of(2024, 3, 31);
        for (boolean date1904 : new boolean[] {false, true}) {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                var pr = wb.getCTWorkbook().isSetWorkbookPr() ? wb.getCTWorkbook().getWorkbookPr()
                        : wb.getCTWorkbook().addNewWorkbookPr();
                pr.setDate1904(date1904);
                assertThat(wb.isDate1904()).isEqualTo(date1904);
                XSSFSheet s = wb.createSheet("H");
                s.createRow(0).createCell(0).setCellValue("Asset");
                s.getRow(0).createCell(1).setCellValue("Value");
                s.getRow(0).createCell(2).setCellValue("Acquired");
                s.createRow(1).createCell(0).setCellValue("ETH");
                s.getRow(1).createCell(1).setCellValue(100);
                s.getRow(1).createCell(2).setCellValue(d);
                var style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat("d mmm yyyy"));
                s.getRow(1).getCell(2).setCellStyle(style);
                s.createRow(2).createCell(0).setCellValue("BTC");
                s.getRow(2).createCell(1).setCellValue(100);
                s.getRow(2).createCell(2).setCellValue("2023-01-15");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                HoldingsImport r = reader.read(out.toByteArray(), "dates.xlsx");
                assertThat(r.holdings()).extracting(Holding::acquired).containsExactly(d, LocalDate.of(2023, 1, 15));
            }
        }
    }

    @Test
    void mergedTitleAboveTheHeader_isPassedOver() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Portfolio");
            s.createRow(0).createCell(0).setCellValue("Holdings — merged title");
            s.addMergedRegion(new CellRangeAddress(0, 1, 0, 3));
            String[] head = {"Ticker", "Units", "Unit price", "Strategy"};
            s.createRow(2);
            for (int i = 0; i < head.length; i++) {
                s.getRow(2).createCell(i).setCellValue(head[i]);
            }
            s.createRow(3).createCell(0).setCellValue("stETH");
            s.getRow(3).createCell(1).setCellValue(4);
            s.getRow(3).createCell(2).setCellValue(2000);
            s.getRow(3).createCell(3).setCellValue("LP");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Holding h = reader.read(out.toByteArray(), "m.xlsx").holdings().get(0);
            assertThat(h.valueUsd()).isEqualTo(4 * 2000.0);
            assertThat(h.bucket()).isEqualTo(Bucket.LIQUIDITY);                // "LP" names the liquidity bucket
            assertThat(h.bucketInferred()).isFalse();
        }
    }

    @Test
    void xlsFile_isReadLikeXlsx() {
        byte[] file = TestWorkbooks.xls(List.of(row("Symbol", "Balance", "Price", "Protocol"),
                row("DAI", 5000, 1, null), row("CRV/ETH", 10, 100, "Curve"), row("YFI", 1, 7000, "Yearn")));
        HoldingsImport r = reader.read(file, "old.xls");

        assertThat(r.format()).isEqualTo("xls");
        assertThat(r.holdings()).extracting(Holding::bucket)
                .containsExactly(Bucket.CASH, Bucket.LIQUIDITY, Bucket.FARMING);   // stablecoin, no yield → cash
        assertThat(r.holdings()).extracting(Holding::valueUsd).containsExactly(5000.0, 1000.0, 7000.0);
    }

    @Test
    void csv_withBomSemicolonsDecimalCommasAndQuotes_isRead() {
        String csv = "\uFEFFToken Symbol;Amount;Value (USD);Base APY (%);Reward APY (%);Unbonding (days)\r\n"
                + "\"ATOM\";100;\"1.234,50\";15;2,5;21\r\n"
                + "USDT;2000;2000;;;\r\n";
        HoldingsImport r = reader.read(csv.getBytes(StandardCharsets.UTF_8), "export.csv");

        assertThat(r.format()).isEqualTo("csv");
        Holding atom = r.holdings().get(0);
        assertThat(atom.valueUsd()).isCloseTo(1234.50, within(EPS));
        assertThat(atom.priceUsd()).isCloseTo(1234.50 / 100, within(EPS));      // price = value / quantity
        assertThat(atom.apyBase()).isCloseTo(0.15, within(EPS));
        assertThat(atom.apyReward()).isCloseTo(0.025, within(EPS));
        assertThat(atom.lockupDays()).isEqualTo(21);
        assertThat(r.holdings().get(1).bucket()).isEqualTo(Bucket.CASH);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void csv_withCommasInQuotedMoneyAndNegativesInBrackets() {
        String csv = "Asset,Quantity,Price,Value\nETH,1,\"$3,000.00\",\nBTC,1,\"$1,000\",\"($1,000.00)\"\n";
        HoldingsImport r = reader.read(csv.getBytes(StandardCharsets.UTF_8), "c.csv");

        assertThat(r.holdings()).singleElement().satisfies(h -> assertThat(h.valueUsd()).isEqualTo(3000.0));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("D (Value)");
            assertThat(p.message()).contains("negative");
        });
    }

    @Test
    void csv_withLineBreaksAndDoubledQuotesInsideQuotes_andWindows1252Text() {
        byte[] csv = ("Asset\tValue\tProtocol\r\n\"ETH\"\t\"2000\"\t\"Lido \"\"v2\"\"\nstaking\"\r\n"
                + "BTC\t3000\tCaf\u00e9 \u20ac\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252"));
        HoldingsImport r = reader.read(csv, "tabs.csv");
        assertThat(r.holdings()).extracting(Holding::protocol).containsExactly("Lido \"v2\"\nstaking", "Caf\u00e9 \u20ac");
        assertThat(r.holdings()).extracting(Holding::valueUsd).containsExactly(2000.0, 3000.0);
    }

    @Test
    void rowWhoseValueOverflows_isAProblem_notARefusalOfTheFile() {
        byte[] file = TestWorkbooks.xlsx(List.of(row("Asset", "Quantity", "Price"), row("ETH", 1e300, 1e300),
                row("BTC", 1, 50_000)));
        HoldingsImport r = reader.read(file, "overflow.xlsx");
        assertThat(r.holdings()).extracting(Holding::asset).containsExactly("BTC");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).contains("valueUsd", "finite");
        });
    }

    @Test
    void totalApyWithBaseOrReward_givesTheOtherPart() {
        byte[] file = TestWorkbooks.xlsx(List.of(row("Asset", "Value", "APY (%)", "Reward APY (%)"),
                row("CRV/ETH", 1000, 9, 6)));
        Holding h = reader.read(file, "split.xlsx").holdings().get(0);
        assertThat(h.apyReward()).isCloseTo(0.06, within(EPS));
        assertThat(h.apyBase()).isCloseTo(0.09 - 0.06, within(EPS));            // base = APY − reward
    }

    @Test
    void sheetLongerThanTheRowLimit_isRefusedSayingTheLimit() {
        byte[] file = TestWorkbooks.xlsx(List.of(row("Asset", "Value"), row("A", 1), row("B", 1), row("C", 1),
                row("D", 1)));
        HoldingsReader small = new HoldingsReader(SampleFiles.catalog(), new ImportLimits(3, 1_000_000));
        assertThatThrownBy(() -> small.read(file, "big.xlsx")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("more than 3 rows").hasMessageContaining("at most 3 holdings");
    }

    @Test
    void fileWithAHeaderButNoUsableRow_isRefusedWithTheRowProblems() {
        byte[] file = TestWorkbooks.xlsx(List.of(row("Asset", "Value"), row("ETH", "lots")));
        assertThatThrownBy(() -> reader.read(file, "none.xlsx")).isInstanceOf(ImportRefused.class)
                .hasMessageStartingWith("none.xlsx: sheet 'Holdings' has a holdings header (row 1) but no row could be read")
                .hasMessageContaining("'lots' is not a number");
    }

    @Test
    void headerWithAnAssetButNoValue_isRefusedSayingWhichColumnToAdd() {
        byte[] file = TestWorkbooks.xlsx(List.of(row("Coin", "Protocol"), row("ETH", "Lido")));
        assertThatThrownBy(() -> reader.read(file, "q.xlsx")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("add a Value (USD) column, or a Quantity column");
    }

    @Test
    void quantitiesOfAssetsWithNoPrice_areRefusedSayingWhereToGiveOne() {
        byte[] file = TestWorkbooks.xlsx(List.of(row("Coin", "Quantity"), row("XYZ", 2)));
        assertThatThrownBy(() -> reader.read(file, "q.xlsx")).isInstanceOf(ImportRefused.class)
                .hasMessageContaining("no value for XYZ", "the bundled price table has no price for XYZ", "--prices FILE");
    }
}
