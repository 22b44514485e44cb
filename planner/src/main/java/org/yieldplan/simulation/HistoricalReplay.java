package org.yieldplan.simulation;

import java.util.List;

/**
 * The plan run on one real price cycle: BTC's and ETH's monthly moves over the window (other volatile assets follow
 * ETH's log-return scaled by their volatility over ETH's, stablecoins hold their peg), applied from the first month
 * of withdrawals, starting at each month of the window in turn and wrapping around, then the median path. One
 * real cycle, not a forecast: it shows the sequence-of-returns risk of retiring into a crash.
 *
 * @param window             the months of history, e.g. {@code 2021-06..2023-01}
 * @param starts             each start's outcome
 * @param successProbability share of the starts on which every withdrawal is paid, 0-1
 * @param worstStart         the start month with the earliest depletion or, if none depletes, the lowest final balance
 */
public record HistoricalReplay(String window, List<ReplayStart> starts, double successProbability, String worstStart) {

    public HistoricalReplay {
        starts = List.copyOf(starts);
    }

    /**
     * One start of the replay.
     *
     * @param start          the history's month that falls in the first month of withdrawals, e.g. {@code 2022-04}
     * @param succeeds       every withdrawal paid to the horizon
     * @param depletionYear  the plan year of the first missed withdrawal, or null
     * @param finalBalance   the balance at the horizon, USD
     */
    public record ReplayStart(String start, boolean succeeds, Integer depletionYear, double finalBalance) {
    }
}
