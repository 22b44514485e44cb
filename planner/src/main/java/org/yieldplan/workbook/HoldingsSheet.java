package org.yieldplan.workbook;

import java.util.List;
import org.yieldplan.market.Position;
import org.yieldplan.portfolio.Holding;

/**
 * The Holdings sheet: the holdings as read or allocated, one row each, under the column names the
 * holdings import recognises, so the sheet can be imported back. Asset, protocol and chain are
 * user text: always string cells. A bucket the import guessed goes in the Inferred bucket column,
 * with Bucket left blank, so that importing the sheet again guesses it again (and marks it inferred).
 */
final class HoldingsSheet {

    static final String NAME = "Holdings";
    static final List<String> HEADERS = List.of("Asset", "Quantity", "Price (USD)", "Value (USD)", "Bucket",
            "Inferred bucket", "Protocol", "Chain", "Base APY (%)", "Reward APY (%)", "Lock-up (days)",
            "Cost basis (USD)", "Acquired", "Pool id (DeFiLlama)");
    /** Row of the headers (0-based); the holdings follow. */
    static final int HEADER_ROW = 0;

    private HoldingsSheet() {
    }

    /** The headers, widths, frozen panes and filter over {@code count} holdings (built in memory, before the rows). */
    static void write(SheetWriter w, int count) {
        w.headers(HEADER_ROW, 0, HEADERS.toArray(new String[0]));
        w.sheet.createFreezePane(1, HEADER_ROW + 1);
        w.print(1, HEADER_ROW + 1);
        w.widths(18, 14, 14, 16, 12, 10, 16, 14, 12, 12, 10, 16, 12, 38);
        w.row(HEADER_ROW).setHeightInPoints(30);
        w.sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(HEADER_ROW, HEADER_ROW + count,
                0, HEADERS.size() - 1));
    }

    /** The holdings, one row each, below the headers (the sheet may be streamed: rows go top to bottom). */
    static void rows(SheetWriter w, List<Position> positions) {
        WorkbookStyles st = w.styles;
        for (int i = 0; i < positions.size(); i++) {
            Holding h = positions.get(i).holding();
            int r = HEADER_ROW + 1 + i;
            w.userText(r, 0, h.asset());
            w.number(r, 1, h.quantity(), st.number);
            w.number(r, 2, h.priceUsd(), st.usdCents);
            w.number(r, 3, h.valueUsd(), st.usd);
            w.text(r, 4, h.bucketInferred() ? null : h.bucket().id(), null);
            w.text(r, 5, h.bucketInferred() ? h.bucket().id() : null, st.note);
            w.userText(r, 6, h.protocol());
            w.userText(r, 7, h.chain());
            w.number(r, 8, h.apyBase(), st.percent);
            w.number(r, 9, h.apyReward(), st.percent);
            w.number(r, 10, h.lockupDays() == null ? null : h.lockupDays().doubleValue(), st.count);
            w.number(r, 11, h.costBasisUsd(), st.usd);
            w.date(r, 12, h.acquired());
            w.userText(r, 13, h.pool() == null ? null : h.pool().id());
        }
    }
}
