package org.yieldplan.input;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A calendar day written the ISO way, 2021-01-31, as the price and pool files give them. Read digit by digit when it
 * has that form: a {@code LocalDate.parse} in a freshly started JVM costs tens of microseconds, which made reading a
 * bundled file of a few thousand days a noticeable part of a command's start. Other forms go to
 * {@code LocalDate.parse}, so the two accept and refuse the same text.
 */
public final class IsoDay {

    private IsoDay() {
    }

    /**
     * The day.
     *
     * @throws DateTimeException when the text is not a day
     */
    public static LocalDate parse(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = digits(text, 0, 4);
            int m = digits(text, 5, 7);
            int d = digits(text, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(text);
    }

    /** The number the digits from {@code from} to {@code to} spell, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
