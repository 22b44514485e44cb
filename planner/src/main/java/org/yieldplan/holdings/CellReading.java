package org.yieldplan.holdings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a number, a rate or a date from a cell the way a careful person would: "$1,234.56",
 * "1.234,56", "(53.62)" (negative), "4.5 %", "10.5 USDT", ISO dates and date cells. Each method
 * returns the value, or throws {@link Unreadable} with the reason for the problem list.
 */
final class CellReading {

    /** A cell that cannot be read as the field needs; the message says why. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** A number as written, with whether it carried a percent sign. */
    record Num(double value, boolean percentSign) {
    }

    private static final Pattern US_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern EU_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d*)?");
    private static final Pattern EU_DECIMAL = Pattern.compile("\\d+,\\d{1,2}|\\d+,\\d{4,}");
    private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("\\s+[A-Za-z][A-Za-z0-9.]{0,11}$|(?<=\\d)[A-Za-z]{2,12}$");
    private static final DateTimeFormatter[] DATES = {
        DateTimeFormatter.ISO_LOCAL_DATE,
        DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT),
        DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
    };

    private CellReading() {
    }

    /** The cell's number; text such as "$1,234.56", "(53.62)" or "4.5%" is understood. */
    static Num number(RawCell c) throws Unreadable {
        if (c.error() != null) {
            throw new Unreadable("the cell shows the error " + c.error() + "; fix the formula or type the value");
        }
        if (c.uncalculated()) {
            throw new Unreadable("the formula has no calculated value; open the file in Excel, save it, and import again");
        }
        if (c.number() != null) {
            if (!Double.isFinite(c.number())) {
                throw new Unreadable("'" + c.shown() + "' is not a finite number");
            }
            return new Num(c.number(), c.percent());
        }
        return parse(c.text() == null ? "" : c.text());
    }

    /** A number written as text. */
    static Num parse(String written) throws Unreadable {
        String s = written.replace('\u00a0', ' ').replace('\u2212', '-').strip();
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1).strip();
        } else if (s.startsWith("+")) {
            s = s.substring(1).strip();
        }
        s = s.replaceFirst("^(US\\$|USD|\\$|€|£)\\s*", "");
        if (s.startsWith("-")) {                         // "$-5"
            negative = !negative;
            s = s.substring(1).strip();
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).strip();
        } else {
            s = UNIT_SUFFIX.matcher(s).replaceFirst("");   // "10.5 USDT", "1,234 USD"
        }
        s = s.replace(" ", "").replace("'", "").replace("_", "");
        String digits = canonical(s);
        if (digits == null) {
            throw new Unreadable("'" + shorten(written) + "' is not a number");
        }
        double v = Double.parseDouble(digits);
        if (!Double.isFinite(v)) {
            throw new Unreadable("'" + shorten(written) + "' is not a finite number");
        }
        return new Num(negative ? -v : v, percent);
    }

    /**
     * A rate as a fraction a year. A percent-formatted cell or "4.5%" is exact; a plain number is
     * percentage points when the header says % or the number is 1 or more (5.2 → 5.2 %), else a
     * fraction (0.052).
     */
    static double rate(RawCell c, boolean percentHeader) throws Unreadable {
        Num n = number(c);
        if (c.number() != null && c.percent()) {
            return n.value();                              // the cell holds the fraction
        }
        if (n.percentSign() || percentHeader || Math.abs(n.value()) >= 1) {
            return n.value() / 100;
        }
        return n.value();
    }

    /** A date from a date cell or text (ISO 2024-03-31, 2024/03/31, 31 Mar 2024, Mar 31, 2024). */
    static LocalDate date(RawCell c) throws Unreadable {
        if (c.date() != null) {
            return c.date();
        }
        if (c.number() != null) {
            throw new Unreadable("'" + c.shown() + "' is a number, not a date; format the cell as a date");
        }
        String s = c.text() == null ? "" : c.text().strip();
        if (s.length() > 10 && s.charAt(10) == 'T' || s.length() > 10 && s.charAt(10) == ' ' && s.charAt(4) == '-') {
            s = s.substring(0, 10);                        // 2024-03-31T12:00:00Z, 2024-03-31 12:00
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new Unreadable("'" + shorten(s) + "' is not a date; write it as 2024-03-31");
    }

    private static String canonical(String s) {
        if (PLAIN.matcher(s).matches()) {
            return s;
        }
        if (US_THOUSANDS.matcher(s).matches()) {
            return s.replace(",", "");
        }
        if (EU_THOUSANDS.matcher(s).matches()) {
            return s.replace(".", "").replace(',', '.');
        }
        if (EU_DECIMAL.matcher(s).matches()) {
            return s.replace(',', '.');
        }
        return null;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
