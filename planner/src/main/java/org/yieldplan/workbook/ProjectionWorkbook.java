package org.yieldplan.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yieldplan.scenario.ScenarioResult;

/**
 * The projection workbook: a {@link ScenarioResult} as a live Excel model. Sheets: Summary,
 * Holdings, Assumptions (named inputs), Income (the monthly schedule as formulas over the
 * inputs), Income by year, and, when the scenario has them, Withdrawals (the plan and the Monte
 * Carlo percentiles), Flags (sustainability flags and the sustainable yield) and Rebalance (drift
 * and trades). Every
 * formula cell carries the Java value as its cached result, so
 * viewers that do not recalculate show the right numbers; Excel and LibreOffice recalculate on
 * load. Stateless apart from the clock that dates the Summary.
 */
public final class ProjectionWorkbook {

    /** Rows of a streamed sheet kept in memory before they are flushed to a temporary file. */
    private static final int ROWS_IN_MEMORY = 200;

    /** Sheets read after the schedules, in this order (built in memory before them, or streamed after them). */
    private static final List<String> LATE_SHEETS = List.of(WithdrawalsSheet.NAME, AssumptionSetsSheet.NAME, FlagsSheet.NAME,
            RebalanceSheet.NAME);

    private final Clock clock;

    /** A workbook dated today (UTC). */
    public ProjectionWorkbook() {
        this(Clock.systemUTC());
    }

    /** A workbook dated by the given clock. */
    public ProjectionWorkbook(Clock clock) {
        this.clock = clock;
    }

    /** Writes the workbook for a result to a stream (the stream is left open). */
    public void write(ScenarioResult result, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = build(result)) {
            wb.write(out);
        }
    }

    /** The workbook's bytes, e.g. for a download. */
    public byte[] bytes(ScenarioResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the workbook to a file. */
    public void write(ScenarioResult result, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(result, out);
        }
    }

    /**
     * The workbook, ready to write; the caller closes it (which deletes its temporary files). The
     * small sheets (Summary with its chart, the inputs of the Assumptions, the headers of Holdings, and
     * the optional sheets but Flags) are built in memory; the rows per holding (Holdings, the
     * Assumptions' reference table), the flags and the long schedules are streamed, so memory does not
     * grow with the number of holdings or months.
     */
    SXSSFWorkbook build(ScenarioResult result) {
        XSSFWorkbook wb = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(wb);
        List<BucketFigures> buckets = BucketFigures.of(result.positions());
        // sheets in reading order; the Assumptions are filled first, since formulas name their cells
        SheetWriter summary = sheet(wb, styles, SummarySheet.NAME);
        SheetWriter holdings = sheet(wb, styles, HoldingsSheet.NAME);
        SheetWriter assumptions = sheet(wb, styles, AssumptionsSheet.NAME);
        AssumptionsSheet.write(assumptions, result.scenario(), buckets);
        HoldingsSheet.write(holdings, result.positions().size());
        SummarySheet.write(summary, result, buckets, LocalDate.now(clock));
        if (result.plan() != null) {
            WithdrawalsSheet.write(sheet(wb, styles, WithdrawalsSheet.NAME), result.plan(), result.simulation());
        }
        if (result.simulation() != null && result.simulation().byAssumptions() != null) {
            AssumptionSetsSheet.write(sheet(wb, styles, AssumptionSetsSheet.NAME), result.simulation());
        }
        if (result.rebalance() != null) {
            RebalanceSheet.write(sheet(wb, styles, RebalanceSheet.NAME), result.rebalance());
        }
        wb.setActiveSheet(0);
        wb.setForceFormulaRecalculation(true);
        String title = result.scenario().name();
        wb.getProperties().getCoreProperties().setTitle(title.length() <= 200 ? title : title.substring(0, 200) + "…");
        wb.getProperties().getCoreProperties().setCreator("yieldplan");

        SXSSFWorkbook streamed = new SXSSFWorkbook(wb, ROWS_IN_MEMORY);
        streamed.setCompressTempFiles(false);
        // the rows per holding are appended to the Holdings and Assumptions sheets, streamed
        HoldingsSheet.rows(streamed(streamed, styles, HoldingsSheet.NAME), result.positions());
        AssumptionsSheet.holdingRows(streamed(streamed, styles, AssumptionsSheet.NAME), buckets.size(), result.positions());
        IncomeSheet.write(sheet(streamed, styles, IncomeSheet.NAME), result.schedule(), buckets);
        AnnualIncomeSheet.write(sheet(streamed, styles, AnnualIncomeSheet.NAME), result.schedule(), buckets);
        if (!result.flags().isEmpty() || result.sustainable() != null) {   // a row per flag: streamed too
            FlagsSheet.write(sheet(streamed, styles, FlagsSheet.NAME), result.flags(), result.sustainable());
        }
        // the optional sheets read after the schedules
        for (String late : LATE_SHEETS) {
            if (streamed.getSheet(late) != null) {
                streamed.setSheetOrder(late, streamed.getNumberOfSheets() - 1);
            }
        }
        streamed.setActiveSheet(0);
        streamed.setSelectedTab(0);
        return streamed;
    }

    /** A sheet built in memory, now streamed: rows can be added below its last one. */
    private static SheetWriter streamed(SXSSFWorkbook wb, WorkbookStyles styles, String name) {
        return new SheetWriter(wb.getSheet(WorkbookUtil.createSafeSheetName(name)), styles);
    }

    private static SheetWriter sheet(Workbook wb, WorkbookStyles styles, String name) {
        return new SheetWriter(wb.createSheet(WorkbookUtil.createSafeSheetName(name)), styles);
    }
}
