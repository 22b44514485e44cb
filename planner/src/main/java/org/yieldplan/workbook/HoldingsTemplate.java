package org.yieldplan.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yieldplan.holdings.HoldingField;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;

/**
 * The blank holdings workbook a user fills in: a {@value #SHEET} sheet with the header row, a
 * dropdown for the bucket, percentage and date formats and example rows, and an
 * {@value #INSTRUCTIONS} sheet. What it writes imports with no problems.
 */
public final class HoldingsTemplate {

    /** The sheet the holdings go in. */
    public static final String SHEET = "Holdings";
    /** The sheet that explains the columns. */
    public static final String INSTRUCTIONS = "Instructions";
    /** Rows that get the bucket dropdown and formats (below the header). */
    static final int FORMATTED_ROWS = 1000;

    /** The template's columns, in order. */
    static final List<HoldingField> COLUMNS = List.of(HoldingField.ASSET, HoldingField.QUANTITY, HoldingField.PRICE,
            HoldingField.VALUE, HoldingField.BUCKET, HoldingField.PROTOCOL, HoldingField.CHAIN, HoldingField.APY_BASE,
            HoldingField.APY_REWARD, HoldingField.LOCKUP_DAYS, HoldingField.COST_BASIS, HoldingField.ACQUIRED,
            HoldingField.POOL_ID);

    /** The example rows the template carries (replace them with yours). */
    public static final List<Holding> EXAMPLES = List.of(
            new Holding("ETH", 10.0, 3000.0, 30_000, Bucket.STAKING, false, "Lido", "Ethereum", 0.03, null, 0,
                    27_000.0, LocalDate.of(2024, 3, 1)),
            new Holding("USDC", 20_000.0, 1.0, 20_000, Bucket.LENDING, false, "Aave", "Ethereum", 0.045, 0.005, 0,
                    20_000.0, LocalDate.of(2024, 6, 15)),
            new Holding("ETH/USDC", null, null, 10_000, Bucket.LIQUIDITY, false, "Uniswap", "Arbitrum", 0.12, null,
                    null, null, null),
            new Holding("BTC", 0.5, 60_000.0, 30_000, Bucket.GROWTH, false, null, null, null, null, null, 15_000.0,
                    LocalDate.of(2021, 1, 10)));

    private static final List<String> INSTRUCTION_LINES = List.of(
            "How to fill in the Holdings sheet",
            "",
            "One row per position. Replace the example rows with your own; leave the header row as it is.",
            "Asset: the symbol, e.g. ETH, USDC, stETH; a liquidity pair as ETH/USDC. Required.",
            "Quantity and Price (USD): units held and the price of one unit. Value (USD) = quantity × price; "
                    + "fill in the value, or quantity and price, or all three.",
            "Bucket: pick from the list: staking, lending, liquidity, farming, growth, cash. Left empty, yieldplan "
                    + "infers it from the protocol and asset (Lido → staking, Aave → lending...).",
            "Protocol and Chain: where the position is, e.g. Lido on Ethereum. Optional.",
            "Base APY (%) and Reward APY (%): the yield you earn, as a percentage (type 3.5 for 3.5 %). Reward APY is "
                    + "the part paid in incentive tokens. Leave empty to use yieldplan's catalog figures.",
            "Lock-up (days): how long a withdrawal takes (unbonding). Optional.",
            "Cost basis (USD) and Acquired: what you paid and when (a date). Optional.",
            "Pool id (DeFiLlama): the pool's id from its DeFiLlama page (yields.llama.fi/pool/ID, a UUID such as "
                    + "747c1d2a-c668-4682-b9f9-296708a3dd90). Optional. With it, the position's APY, its base/reward split "
                    + "and 30-day mean come from that pool in yieldplan's pool list, in place of the APY you type; "
                    + "without it, a row with no APY is matched to a pool by protocol, chain and tokens.",
            "",
            "Other layouts are read too: headers such as Coin, Token, Qty, Balance, Market Value, APR (converted "
                    + "to APY with daily compounding), title rows above the header, totals rows. "
                    + "Accepted files: .xlsx, .xls, .csv. Limit: 200,000 holdings.");

    /** Writes the template to a file. */
    public void write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    /** Writes the template. */
    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet s = wb.createSheet(SHEET);
            Row header = s.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(COLUMNS.get(i).header());
                c.setCellStyle(st.header);
                s.setColumnWidth(i, 16 * 256);
                s.setDefaultColumnStyle(i, st.forField(COLUMNS.get(i)));
            }
            for (int r = 0; r < EXAMPLES.size(); r++) {
                writeRow(s.createRow(r + 1), EXAMPLES.get(r), st);
            }
            s.createFreezePane(0, 1);
            bucketDropdown(s);
            Sheet help = wb.createSheet(INSTRUCTIONS);
            for (int i = 0; i < INSTRUCTION_LINES.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(INSTRUCTION_LINES.get(i));
            }
            help.getRow(0).getCell(0).setCellStyle(st.header);
            help.setColumnWidth(0, 120 * 256);
            wb.write(out);
        }
    }

    /** Writes one holding in the template's columns (also used to fill a template in tests). */
    static void writeRow(Row row, Holding h, Styles st) {
        Object[] values = {h.asset(), h.quantity(), h.priceUsd(), h.valueUsd(), h.bucket().id(), h.protocol(),
                h.chain(), h.apyBase(), h.apyReward(), h.lockupDays(), h.costBasisUsd(), h.acquired(),
                h.pool() == null ? null : h.pool().id()};
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            c.setCellStyle(st.forField(COLUMNS.get(i)));
            if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                c.setCellValue(d);
            } else {
                c.setCellValue(v.toString());
            }
        }
    }

    private static void bucketDropdown(Sheet s) {
        DataValidationHelper dv = s.getDataValidationHelper();
        String[] ids = java.util.Arrays.stream(Bucket.values()).map(Bucket::id).toArray(String[]::new);
        int col = COLUMNS.indexOf(HoldingField.BUCKET);
        DataValidation v = dv.createValidation(dv.createExplicitListConstraint(ids),
                new CellRangeAddressList(1, FORMATTED_ROWS, col, col));
        v.setShowErrorBox(true);
        v.createErrorBox("Bucket", "Pick one of: " + String.join(", ", ids));
        v.setSuppressDropDownArrow(true);                            // XSSF: true shows the arrow
        s.addValidationData(v);
    }

    /** The template's cell styles, built once. */
    static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle money;
        final CellStyle percent;
        final CellStyle date;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            text = wb.createCellStyle();
            number = format(wb, "#,##0.########");
            money = format(wb, "#,##0.00");
            percent = format(wb, "0.00%");
            date = format(wb, "yyyy-mm-dd");
        }

        private static CellStyle format(XSSFWorkbook wb, String f) {
            CellStyle c = wb.createCellStyle();
            c.setDataFormat(wb.createDataFormat().getFormat(f));
            return c;
        }

        CellStyle forField(HoldingField f) {
            return switch (f) {
                case QUANTITY, LOCKUP_DAYS -> number;
                case PRICE, VALUE, COST_BASIS -> money;
                case APY, APY_BASE, APY_REWARD -> percent;
                case ACQUIRED -> date;
                default -> text;
            };
        }
    }
}
