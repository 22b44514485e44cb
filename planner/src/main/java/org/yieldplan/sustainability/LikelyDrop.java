package org.yieldplan.sustainability;

import java.util.List;
import java.util.Optional;

/**
 * Likely drop: the APY-drop forecast gives the position's APY a probability of falling below 80 %
 * of today's within four weeks (the mean of days 21-28) at or above a limit (default 0.5). A
 * warning with the probability as evidence; it does not cut the sustainable yield (the other rules
 * judge the level), it says the level is unlikely to hold.
 *
 * @param limit the probability at or above which the flag fires, 0-1
 */
public record LikelyDrop(double limit) {

    /** The rule's identifier. */
    public static final String ID = "likely-drop";

    public LikelyDrop {
        if (!(limit > 0 && limit <= 1)) {
            throw new IllegalArgumentException("likely-drop limit: must be above 0 and at most 1, got " + limit);
        }
    }

    /** The rule with its default limit, 0.5. */
    public static LikelyDrop defaults() {
        return new LikelyDrop(0.5);
    }

    /**
     * The flag, if the forecast's probability reaches the limit.
     *
     * @param subject  the position, as flags name it
     * @param apy      its APY now, a fraction a year
     * @param probDown the forecast's probability that the APY drops, 0-1
     * @param asOf     the date of the forecast, for the message
     */
    public Optional<Flag> check(String subject, double apy, double probDown, java.time.LocalDate asOf) {
        if (!(probDown >= limit)) {
            return Optional.empty();
        }
        return Optional.of(new Flag(ID, Severity.WARNING, subject,
                "The APY-drop forecast of " + asOf + " gives a " + Evidence.format(probDown, Evidence.Unit.SHARE)
                        + " chance that this APY of " + Evidence.format(apy, Evidence.Unit.RATE)
                        + " averages below 80 % of it three to four weeks on.",
                List.of(Evidence.rate("APY", apy), Evidence.share("probability of a drop", probDown),
                        Evidence.share("limit", limit))));
    }
}
