package org.yieldplan.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The fan chart of the Withdrawals sheet: balance percentiles by year, outer bands light, median dark. */
final class WithdrawalCharts {

    private static final String[] NAMES = {"5th percentile", "25th", "median", "75th", "95th percentile"};
    private static final byte[][] COLOURS = {
        {(byte) 0xA6, (byte) 0xBD, (byte) 0xDB}, {(byte) 0x5B, (byte) 0x7F, (byte) 0xB0}, {(byte) 0x1F, (byte) 0x3A, (byte) 0x5F},
        {(byte) 0x5B, (byte) 0x7F, (byte) 0xB0}, {(byte) 0xA6, (byte) 0xBD, (byte) 0xDB}};
    private static final double[] WIDTHS = {1.5, 2, 3, 2, 1.5};

    private WithdrawalCharts() {
    }

    /**
     * Lines of the balance percentiles (columns B to F of rows first..last, years in column A),
     * placed at row {@code at}, column {@code col}. The value axis stops at {@code top} (0: automatic),
     * so that a runaway 95th percentile does not flatten the other bands.
     */
    static void fan(XSSFSheet sheet, int first, int last, int at, int col, double top) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, at, col + 10, at + 24));
        XDDFLineChartData data = SummaryCharts.usdByYear(chart, top > 0
                ? "Balance at year end: Monte Carlo percentiles (USD; upper bands leave the top)"
                : "Balance at year end: Monte Carlo percentiles (USD)", top);
        XDDFDataSource<Double> years = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        for (int k = 0; k < NAMES.length; k++) {
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(years,
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 1 + k, 1 + k)));
            s.setTitle(NAMES[k], null);
            s.setMarkerStyle(MarkerStyle.NONE);
            s.setSmooth(false);
            XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[k])));
            line.setWidth(WIDTHS[k]);
            s.setLineProperties(line);
        }
        chart.plot(data);
    }

    /**
     * The axis top for the fan: 2 × the highest median, rounded up to 1, 2 or 5 × a power of ten;
     * 0 (automatic) when the 95th percentile fits under it anyway.
     */
    static double top(double maxMedian, double max95) {
        double want = 2 * maxMedian;
        if (!(want > 0) || max95 <= want) {
            return 0;
        }
        double power = Math.pow(10, Math.floor(Math.log10(want)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= want) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
