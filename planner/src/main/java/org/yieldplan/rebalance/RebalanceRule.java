package org.yieldplan.rebalance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * When a backtest trades back to the target weights. Checked each day after prices move.
 * Names (for {@link #parse}): {@code none}, {@code weekly}, {@code monthly}, {@code quarterly},
 * {@code yearly}, {@code band:0.05}, {@code quarterly+band:0.05}.
 */
public sealed interface RebalanceRule {

    /** The rule's name, e.g. {@code band:0.05}. */
    String name();

    /**
     * True when the rule trades today.
     *
     * @param prev    the previous day
     * @param today   today
     * @param weights today's weights before trading
     * @param targets the target weights, same order
     */
    boolean due(LocalDate prev, LocalDate today, double[] weights, double[] targets);

    /** Calendar periods: a new period starts on Monday, the 1st, the 1st of Jan/Apr/Jul/Oct, 1 January. */
    enum Period {
        WEEKLY, MONTHLY, QUARTERLY, YEARLY;

        /** The first day of the period holding the date. */
        LocalDate start(LocalDate d) {
            return switch (this) {
                case WEEKLY -> d.with(DayOfWeek.MONDAY);
                case MONTHLY -> d.withDayOfMonth(1);
                case QUARTERLY -> LocalDate.of(d.getYear(), (d.getMonthValue() - 1) / 3 * 3 + 1, 1);
                case YEARLY -> d.withDayOfYear(1);
            };
        }

        boolean starts(LocalDate prev, LocalDate today) {
            return !start(prev).equals(start(today));
        }
    }

    /** Buy and hold: never trades. */
    record BuyAndHold() implements RebalanceRule {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public boolean due(LocalDate prev, LocalDate today, double[] w, double[] t) {
            return false;
        }
    }

    /** Back to target on the first day of each new period. */
    record Calendar(Period period) implements RebalanceRule {
        @Override
        public String name() {
            return period.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public boolean due(LocalDate prev, LocalDate today, double[] w, double[] t) {
            return period.starts(prev, today);
        }
    }

    /** Back to target on any day a weight is outside target ± width (absolute points). */
    record Band(double width) implements RebalanceRule {
        public Band {
            if (!(width >= 0 && width <= 1)) {
                throw new IllegalArgumentException("rule: band " + width + (width < 0 ? " is negative" : " is above 1")
                        + "; give a band between 0 and 1, e.g. band:0.05");
            }
        }

        @Override
        public String name() {
            return "band:" + strip(width);
        }

        @Override
        public boolean due(LocalDate prev, LocalDate today, double[] w, double[] t) {
            for (int i = 0; i < w.length; i++) {
                if (Math.abs(w[i] - t[i]) > width + 1e-12) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Checked on the calendar, traded only when outside the band. */
    record CalendarBand(Period period, Band band) implements RebalanceRule {
        @Override
        public String name() {
            return period.name().toLowerCase(Locale.ROOT) + "+" + band.name();
        }

        @Override
        public boolean due(LocalDate prev, LocalDate today, double[] w, double[] t) {
            return period.starts(prev, today) && band.due(prev, today, w, t);
        }
    }

    /** The rules "all" stands for: buy-and-hold, four calendars, two bands, two calendar-then-band. */
    static List<RebalanceRule> all() {
        return List.of(new BuyAndHold(), new Calendar(Period.WEEKLY), new Calendar(Period.MONTHLY),
                new Calendar(Period.QUARTERLY), new Calendar(Period.YEARLY), new Band(0.05), new Band(0.10),
                new CalendarBand(Period.MONTHLY, new Band(0.05)), new CalendarBand(Period.QUARTERLY, new Band(0.05)));
    }

    /**
     * A rule by name; {@code all} gives {@link #all()}; several names separate with commas.
     *
     * @throws IllegalArgumentException naming the rule and the accepted forms
     */
    static List<RebalanceRule> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("rule: give one, e.g. quarterly, band:0.05, none or all");
        }
        if (text.strip().equalsIgnoreCase("all")) {
            return all();
        }
        return java.util.Arrays.stream(text.split(",")).map(RebalanceRule::one).toList();
    }

    private static RebalanceRule one(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (s.equals("none") || s.equals("buy-and-hold")) {
            return new BuyAndHold();
        }
        int plus = s.indexOf('+');
        if (plus > 0) {
            RebalanceRule band = one(s.substring(plus + 1));
            if (!(band instanceof Band b)) {
                throw bad(raw);
            }
            return new CalendarBand(period(s.substring(0, plus), raw), b);
        }
        if (s.startsWith("band:")) {
            try {
                return new Band(Double.parseDouble(s.substring(5).strip()));
            } catch (NumberFormatException e) {
                throw bad(raw);
            }
        }
        return new Calendar(period(s, raw));
    }

    private static Period period(String s, String raw) {
        for (Period p : Period.values()) {
            if (p.name().equalsIgnoreCase(s.strip())) {
                return p;
            }
        }
        throw bad(raw);
    }

    private static IllegalArgumentException bad(String raw) {
        return new IllegalArgumentException("rule: unknown rule '" + raw.strip() + "'; use none, weekly, monthly, quarterly, "
                + "yearly, band:0.05, quarterly+band:0.05, or all");
    }

    private static String strip(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
