package org.yieldplan.rebalance;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yieldplan.input.IsoDay;

/**
 * Reads daily closes from CSV text (the caller reads the file; this takes its lines). Two layouts:
 * <ul>
 *   <li>plain: header {@code date,close} (or {@code price}), ISO dates, one row per day;</li>
 *   <li>CoinGecko export (hathix/historical-crypto-data): header with {@code timestamp} (epoch ms,
 *       UTC) and {@code price}. A row at midnight UTC is that day's price; a later intraday row for a
 *       day already read (the files end with a second 2021-12-31 row at 1:46 PM) is skipped.</li>
 * </ul>
 * Values are used unchanged. Problems name the source, line and column.
 */
public final class PriceCsv {

    private PriceCsv() {
    }

    /** The series in the lines; {@code source} names the file in messages. */
    public static PriceSeries parse(String source, List<String> lines) {
        return parse(source, lines, null);
    }

    /**
     * The series in one named column of the lines (e.g. {@code Bitcoin} of a {@code date,Bitcoin,Ethereum} file);
     * {@code column} null takes {@code close} or {@code price}.
     */
    public static PriceSeries parse(String source, List<String> lines, String column) {
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IllegalArgumentException(source + ": is empty; expected a header such as date,close");
        }
        List<String> header = split(lines.get(0).replace("\uFEFF", "")).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int ts = header.indexOf("timestamp");
        int date = header.indexOf("date");
        int price = column != null ? header.indexOf(column.strip().toLowerCase(Locale.ROOT))
                : header.indexOf("close") >= 0 ? header.indexOf("close") : header.indexOf("price");
        if (column != null && price < 0) {
            throw new IllegalArgumentException(source + ": line 1: header " + header + " has no column " + column);
        }
        if (price < 0 || (ts < 0 && date < 0)) {
            throw new IllegalArgumentException(source + ": line 1: header " + header
                    + " has no date (or timestamp) and close (or price) columns");
        }
        List<LocalDate> dates = new ArrayList<>();
        List<Double> closes = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(i));
            String where = source + ": line " + (i + 1);
            if (cells.size() <= Math.max(price, Math.max(ts, date))) {
                throw new IllegalArgumentException(where + ": has " + cells.size() + " columns, the header " + header.size());
            }
            boolean midnight = true;
            LocalDate d;
            if (ts >= 0) {
                long ms = number(where, "timestamp", cells.get(ts)).longValue();
                Instant at = Instant.ofEpochMilli(ms);
                d = at.atZone(ZoneOffset.UTC).toLocalDate();
                midnight = at.equals(d.atStartOfDay(ZoneOffset.UTC).toInstant());
            } else {
                try {
                    d = IsoDay.parse(cells.get(date).strip());
                } catch (DateTimeException e) {
                    throw new IllegalArgumentException(where + ": date '" + cells.get(date).strip() + "' is not a date like 2021-01-31");
                }
            }
            double p = number(where, header.get(price), cells.get(price));
            if (!(p > 0) || Double.isInfinite(p)) {
                throw new IllegalArgumentException(where + ": " + header.get(price) + " " + p + " must be above 0");
            }
            LocalDate prev = dates.isEmpty() ? null : dates.get(dates.size() - 1);
            if (prev != null && !d.isAfter(prev)) {
                if (d.equals(prev) && !midnight) {
                    continue;   // an intraday snapshot of a day already priced (CoinGecko's last row)
                }
                throw new IllegalArgumentException(where + ": date " + d + " is " + (d.equals(prev) ? "repeated" : "before " + prev)
                        + "; give one row per day in date order");
            }
            if (prev != null && !d.equals(prev.plusDays(1))) {
                throw new IllegalArgumentException(where + ": gap: no price for " + prev.plusDays(1)
                        + (d.equals(prev.plusDays(2)) ? "" : " to " + d.minusDays(1)) + "; daily prices need one row per day");
            }
            dates.add(d);
            closes.add(p);
        }
        return new PriceSeries(source, dates, closes.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static Double number(String where, String column, String cell) {
        try {
            return Double.valueOf(cell.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": " + column + " '" + cell.strip() + "' is not a number");
        }
    }

    /** Splits one CSV line at commas outside double quotes; "" inside quotes is a quote. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
