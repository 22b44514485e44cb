package org.yieldplan.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yieldplan.holdings.ImportProblem.Severity;
import org.yieldplan.holdings.TestWorkbooks.Formula;
import org.yieldplan.holdings.TestWorkbooks.SheetSpec;
import org.yieldplan.json.SampleFiles;

/** A formula that reads another workbook: its saved value is used, and the row says so, naming the cell and file. */
class ExternalLinkTest {

    @Test
    void aFormulaReferringToAnotherWorkbook_isAWarningNamingTheCellAndTheLinkedFile() throws IOException {
        byte[] plain = TestWorkbooks.xlsx(List.of(SheetSpec.of("Holdings", List.of(
                Arrays.asList("Asset", "Quantity", "Price", "Value"),
                Arrays.asList("ETH", 2, 3000, new Formula("B2*C2")),
                Arrays.asList("BTC", 1, 60000, 60000)))), true);
        byte[] linked = linkTo(plain, "B2*C2", "[1]Prices!B2", "file:///C:/Users/me/prices.xlsx");

        HoldingsImport r = new HoldingsReader(SampleFiles.catalog()).read(linked, "linked.xlsx");

        assertThat(r.holdings().get(0).valueUsd()).as("the saved result is read").isEqualTo(6000.0);
        assertThat(r.problems(Severity.WARNING)).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("D");
            assertThat(p.message()).contains("cell D2", "=[1]Prices!B2", "another workbook",
                    "file:///C:/Users/me/prices.xlsx");
        });
    }

    @Test
    void anXlsFormulaReferringToAnotherWorkbook_isAWarningNamingTheCellAndTheLinkedFile() throws IOException {
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook(); HSSFWorkbook prices = new HSSFWorkbook()) {
            prices.createSheet("Prices").createRow(1).createCell(1).setCellValue(3000);
            wb.linkExternalWorkbook("prices.xls", prices);   // writes the EXTERNALBOOK record Excel writes for a link
            var sheet = wb.createSheet("Holdings");
            Object[][] rows = {{"Asset", "Quantity", "Price", "Value"}, {"ETH", 2, null, 6000}, {"BTC", 1, 60000, 60000}};
            for (int i = 0; i < rows.length; i++) {
                var row = sheet.createRow(i);
                for (int c = 0; c < rows[i].length; c++) {
                    if (rows[i][c] instanceof String t) {
                        row.createCell(c).setCellValue(t);
                    } else if (rows[i][c] instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    }
                }
            }
            var linked = sheet.getRow(1).createCell(2);
            linked.setCellFormula("[prices.xls]Prices!B2");
            linked.setCellValue(3000);   // on a formula cell: its saved result, as Excel keeps it from when both were open
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            xls = out.toByteArray();
        }

        HoldingsImport r = new HoldingsReader(SampleFiles.catalog()).read(xls, "linked.xls");

        assertThat(r.format()).isEqualTo("xls");
        assertThat(r.holdings().get(0).priceUsd()).as("the saved result is read").isEqualTo(3000.0);
        assertThat(r.problems(Severity.WARNING)).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("C");
            assertThat(p.message()).contains("cell C2", "=[prices.xls]Prices!B2", "another workbook", "prices.xls");
        });
    }

    /** Rewrites one formula to an external reference and adds the external-link part Excel writes for it. */
    private static byte[] linkTo(byte[] xlsx, String formula, String external, String target) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    b = new String(b, StandardCharsets.UTF_8).replace("<f>" + formula + "</f>", "<f>" + external + "</f>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(b);
            }
            z.putNextEntry(new ZipEntry("xl/externalLinks/externalLink1.xml"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><externalLink xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\"><externalBook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/relationships\" r:id=\"rId1\"/></externalLink>").getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("xl/externalLinks/_rels/externalLink1.xml.rels"));
            z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/externalLinkPath\" Target=\"" + target
                    + "\" TargetMode=\"External\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
