package org.yieldplan.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yieldplan.holdings.HoldingsImport;
import org.yieldplan.holdings.HoldingsReader;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.PoolLink;

class HoldingsTemplateTest {

    private final HoldingsReader reader = new HoldingsReader(SampleFiles.catalog());

    private static byte[] template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HoldingsTemplate().write(out);
        return out.toByteArray();
    }

    @Test
    void blankTemplate_importsItsExampleRows_withNoProblems() throws IOException {
        HoldingsImport r = reader.read(template(), "holdings-template.xlsx");
        assertThat(r.holdings()).isEqualTo(HoldingsTemplate.EXAMPLES);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void filledTemplate_roundTrips_everyFieldWithNoProblems() throws IOException {
        List<Holding> mine = List.of(
                new Holding("SOL", 120.0, 150.0, 18_000, Bucket.STAKING, false, "Marinade", "Solana", 0.068, 0.004, 3,
                        9_000.0, LocalDate.of(2023, 11, 2)),
                new Holding("DAI", 7_500.0, 1.0, 7_500, Bucket.CASH, false, null, "Ethereum", null, null, null, null, null),
                new Holding("WBTC/ETH", null, null, 12_345.67, Bucket.FARMING, false, "Convex", "Ethereum", 0.021, 0.077,
                        7, 10_000.0, LocalDate.of(2022, 2, 28), PoolLink.of("e8cb4dbb-9e66-4cfa-9c77-407118b128a0")));
        byte[] filled;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            XSSFSheet s = wb.getSheet(HoldingsTemplate.SHEET);
            for (int r = s.getLastRowNum(); r >= 1; r--) {
                s.removeRow(s.getRow(r));
            }
            HoldingsTemplate.Styles st = new HoldingsTemplate.Styles(wb);
            for (int i = 0; i < mine.size(); i++) {
                HoldingsTemplate.writeRow(s.createRow(i + 1), mine.get(i), st);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            filled = out.toByteArray();
        }
        HoldingsImport r = reader.read(filled, "mine.xlsx");
        assertThat(r.holdings()).isEqualTo(mine);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void template_hasTheBucketDropdown_andAnInstructionsSheet() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
            XSSFSheet s = wb.getSheet(HoldingsTemplate.SHEET);
            assertThat(s.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Bucket");
            List<? extends DataValidation> v = s.getDataValidations();
            assertThat(v).singleElement().satisfies(d -> {
                assertThat(d.getValidationConstraint().getExplicitListValues())
                        .containsExactly(Arrays.stream(Bucket.values()).map(Bucket::id).toArray(String[]::new));
                assertThat(d.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(4);
            });
            assertThat(wb.getSheet(HoldingsTemplate.INSTRUCTIONS).getRow(0).getCell(0).getStringCellValue())
                    .contains("How to fill in");
        }
    }
}
