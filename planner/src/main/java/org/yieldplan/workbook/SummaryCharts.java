package org.yieldplan.workbook;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.yieldplan.income.ScheduleRow;
import org.yieldplan.withdrawal.PlanRow;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Native (XDDF) charts of the Summary sheet, drawn from its cells so they follow the formulas. */
final class SummaryCharts {

    private static final byte[][] CASE_COLOURS = {
        {(byte) 0xA6, (byte) 0xBD, (byte) 0xDB}, {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F}, {(byte) 0x4C, (byte) 0x9A, (byte) 0x6A}};
    private static final String[] CASES = {"Low", "Base", "High"};

    private SummaryCharts() {
    }

    /**
     * A line chart of the end value by year, nominal and in today's dollars, drawn from the Income by
     * year sheet (its cells are named in the chart, so it follows their formulas; the values given
     * here are the chart's cached copy), placed at row {@code at}.
     */
    static void valueByYear(XSSFSheet sheet, List<ScheduleRow> yearTotals, int at) {
        int n = yearTotals.size();
        Integer[] years = new Integer[n];
        Double[] nominal = new Double[n];
        Double[] real = new Double[n];
        for (int i = 0; i < n; i++) {
            years[i] = yearTotals.get(i).period();
            nominal[i] = yearTotals.get(i).endValue();
            real[i] = yearTotals.get(i).endValueReal();
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, at, 8, at + 20));
        XDDFLineChartData data = usdByYear(chart, "Value at year end, base case (USD)", 0);
        int first = AnnualIncomeSheet.FIRST_ROW;
        int last = first + n - 1;
        XDDFDataSource<Integer> cats = XDDFDataSourcesFactory.fromArray(years, annual(first, last, 0));
        line(data, cats, nominal, annual(first, last, 1 + IncomeSheet.END), "Nominal", CASE_COLOURS[1]);
        line(data, cats, real, annual(first, last, AnnualIncomeSheet.REAL_PAID_COL + 1), "Today's dollars",
                CASE_COLOURS[2]);
        chart.plot(data);
    }

    /**
     * A line chart of the withdrawal plan's balance at each year end on the median path, nominal and in today's
     * dollars, drawn from the Withdrawals sheet's plan table (its cells are named in the chart), at row {@code at}.
     */
    static void planByYear(XSSFSheet sheet, List<PlanRow> years, int at) {
        int n = years.size();
        Integer[] labels = new Integer[n];
        Double[] nominal = new Double[n];
        Double[] real = new Double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = years.get(i).period();
            nominal[i] = years.get(i).endBalance();
            real[i] = years.get(i).endBalanceReal();
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, at, 8, at + 20));
        XDDFLineChartData data = usdByYear(chart, "Balance at year end, the plan on the median path (USD)", 0);
        int first = WithdrawalsSheet.PLAN_HEADER + 1;
        int last = first + n - 1;
        XDDFDataSource<Integer> cats = XDDFDataSourcesFactory.fromArray(labels, withdrawals(first, last, 0));
        line(data, cats, nominal, withdrawals(first, last, WithdrawalsSheet.END), "Nominal", CASE_COLOURS[1]);
        line(data, cats, real, withdrawals(first, last, WithdrawalsSheet.END_REAL), "Today's dollars", CASE_COLOURS[2]);
        chart.plot(data);
    }

    /** A column of the Withdrawals sheet's plan table as an absolute range. */
    private static String withdrawals(int first, int last, int col) {
        return SheetWriter.quoted(WithdrawalsSheet.NAME) + "!" + SheetWriter.abs(first, col) + ":"
                + SheetWriter.abs(last, col);
    }

    /**
     * Sets up a chart as lines of USD by year: title, legend below, a "Year" category axis and a USD value
     * axis from zero, capped at {@code top} when it is above 0; the caller adds the series and plots.
     */
    static XDDFLineChartData usdByYear(XSSFChart chart, String title, double top) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle("Year");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setNumberFormat(WorkbookStyles.USD);
        y.getOrAddMajorGridProperties();
        if (top > 0) {
            y.setMinimum(0);
            y.setMaximum(top);
        }
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        return data;
    }

    private static void line(XDDFLineChartData data, XDDFDataSource<Integer> cats, Double[] values, String ref,
                             String title, byte[] colour) {
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(cats,
                XDDFDataSourcesFactory.fromArray(values, ref));
        s.setTitle(title, null);
        s.setMarkerStyle(MarkerStyle.NONE);
        s.setSmooth(false);
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
        line.setWidth(2.25);
        s.setLineProperties(line);
    }

    /** A column of the Income by year sheet as an absolute range, e.g. {@code 'Income by year'!$I$4:$I$43}. */
    private static String annual(int first, int last, int col) {
        return SheetWriter.quoted(AnnualIncomeSheet.NAME) + "!" + SheetWriter.abs(first, col) + ":"
                + SheetWriter.abs(last, col);
    }

    /**
     * A clustered column chart of income a year by bucket, low / base / high, from the by-bucket
     * table (labels in column A, incomes in columns E to G of rows first..last), placed at row {@code at}.
     */
    static void incomeByBucket(XSSFSheet sheet, int first, int last, int at) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, at, 8, at + 20);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Income a year by bucket (USD)");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis buckets = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis income = chart.createValueAxis(AxisPosition.LEFT);
        income.setCrosses(AxisCrosses.AUTO_ZERO);
        income.setNumberFormat(WorkbookStyles.USD);
        income.getOrAddMajorGridProperties();
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, buckets, income);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        XDDFCategoryDataSource labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        for (int k = 0; k < 3; k++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, last, 4 + k, 4 + k));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(labels, values);
            series.setTitle(CASES[k], null);
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(CASE_COLOURS[k])));
        }
        chart.plot(data);
    }
}
