package org.yieldplan.holdings;

import java.time.LocalDate;

/**
 * One movement of one asset read from a history: a trade becomes two (the asset bought, the asset
 * paid with), a fee paid in crypto its own.
 *
 * @param line     the file's line (or sheet row) it came from, 1-based
 * @param date     when it happened
 * @param kind     what happened
 * @param asset    the ticker moved
 * @param quantity units moved, &gt; 0
 * @param valueUsd for a buy, what was paid in USD, fees included; for a reward or transfer in, the value on receipt;
 *                 null when the file does not say in USD
 */
record Transaction(int line, LocalDate date, Kind kind, String asset, double quantity, Double valueUsd) {

    /** What a transaction does to the holdings. */
    enum Kind {
        /** Adds a lot at its cost. */
        BUY,
        /** Adds a lot at its value on receipt (staking, lending, interest, airdrops: income). */
        REWARD,
        /** Adds a lot moved in from elsewhere. */
        TRANSFER_IN,
        /** Takes units, oldest first. */
        SELL,
        /** Takes units moved out. */
        TRANSFER_OUT,
        /** Takes units paid as a fee. */
        FEE;

        boolean adds() {
            return this == BUY || this == REWARD || this == TRANSFER_IN;
        }
    }
}
