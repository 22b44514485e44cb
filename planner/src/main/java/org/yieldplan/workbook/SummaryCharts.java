package org.yieldplan.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
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
