package org.yieldplan.holdings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;

/**
 * A sheet read on two threads gives what a reading in turn gives: every row in order over many batches, a damage
 * refused after the rows before it, a damage beyond where the scan stopped never seen, cells right of the header's
 * columns left out.
 */
class RowHandoffTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

    @Test
    void everyRow_isTakenInOrder_overManyBatches() {
        HoldingsImport r = read(HoldingsCorpus.manyRows(3_000));

        assertThat(r.holdings()).hasSize(3_000);
        for (int i = 0; i < 3_000; i++) {
            assertThat(r.holdings().get(i).valueUsd()).isEqualTo(i + 2.0);   // row i + 2 holds value i + 2
        }
    }

    @Test
    void aDamageAfterManyRows_isRefusedWithItsMessage() {
        StringBuilder x = new StringBuilder(HEAD).append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Asset</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Value</t></is></c></row>");
        for (int r = 2; r <= 2_000; r++) {
            x.append(r == 1_900 ? "<row r=\"1900\"><c r=\"A1900\"><v>1</v></d></row>" : row(r, "T" + r, r));
        }
        x.append("</sheetData></worksheet>");

        assertThatThrownBy(() -> read(sheet(x)))
                .isExactlyInstanceOf(ImportRefused.class)
                .hasMessage("many.xlsx: the file is damaged or incomplete; open it in Excel, save it again as .xlsx, and upload"
                        + " that (an XML part is not well formed at line 2: </d> where </c> was expected)");
    }

    @Test
    void aDamageBeyondWhereTheScanStopped_isNeverSeen() {
        // no header in the first 30 non-blank rows: the scan stops there and goes on to the next sheet (none here),
        // while the reader, ahead of it, meets the damage: a reading in turn never got that far
        StringBuilder x = new StringBuilder(HEAD);
        for (int r = 1; r <= 1_000; r++) {
            x.append(r == 900 ? "<row r=\"900\"><c r=\"A900\"><v>1</v></d></row>" : row(r, "note " + r, r));
        }
        x.append("</sheetData></worksheet>");

        assertThatThrownBy(() -> read(sheet(x)))
                .isExactlyInstanceOf(ImportRefused.class)
                .hasMessageNotContaining("d>")
                .hasMessageContaining("no holdings table found: no visible sheet has a header row");
    }

    @Test
    void cellsRightOfTheWidestColumn_areLeftOut_withTheEmptyPlacesBeforeThem() {
        RawCell a = RawCell.text("ETH");
        RawCell b = RawCell.number(2, false);
        List<RawCell> row = new ArrayList<>(Arrays.asList(a, b, null, null, null, null, null, RawCell.text("far")));

        assertThat(RowHandoff.cut(row, 5)).containsExactly(a, b);
        assertThat(RowHandoff.cut(row, 7)).isSameAs(row);
        assertThat(RowHandoff.cut(row, Integer.MAX_VALUE)).isSameAs(row);
        assertThat(RowHandoff.cut(new ArrayList<>(Arrays.asList(a, null, RawCell.BLANK, null, b)), 2))
                .containsExactly(a, null, RawCell.BLANK);
    }

    private static HoldingsImport read(byte[] xlsx) {
        return new HoldingsReader(SampleFiles.catalog()).read(xlsx, "many.xlsx");
    }

    private static byte[] sheet(CharSequence xml) {
        return HoldingsCorpus.rezip(HoldingsCorpus.goodHoldings(),
                Map.of("xl/worksheets/sheet1.xml", xml.toString().getBytes(StandardCharsets.UTF_8)), Map.of());
    }

    private static String row(int r, String text, double value) {
        return "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c><c r=\"B" + r
                + "\"><v>" + value + "</v></c></row>";
    }
}
