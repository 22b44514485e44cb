package org.yieldplan.holdings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * First-in, first-out lots from a history: each acquisition (buy, reward, transfer in) opens a
 * lot; each disposal (sell, transfer out, fee in the asset) takes units from the oldest lots,
 * their cost basis pro rata. What is left, per asset, is buys − sells − fees − transfers out +
 * transfers in + rewards.
 */
final class LotBook {

    /** Quantities below this are rounding dust, units. */
    static final double DUST = 1e-12;

    private final Map<String, Deque<Lot>> lots = new LinkedHashMap<>();

    /**
     * Applies the transactions in date order (file order within a day).
     *
     * @param problems gets a WARNING for each disposal larger than what was held
     */
    static LotBook of(List<Transaction> transactions, String sheet, List<ImportProblem> problems) {
        List<Transaction> sorted = new ArrayList<>(transactions);
        sorted.sort(Comparator.comparing(Transaction::date));
        LotBook book = new LotBook();
        for (Transaction t : sorted) {
            book.apply(t, sheet, problems);
        }
        return book;
    }

    private void apply(Transaction t, String sheet, List<ImportProblem> problems) {
        Deque<Lot> q = lots.computeIfAbsent(t.asset(), k -> new ArrayDeque<>());
        if (t.kind().adds()) {
            q.addLast(new Lot(t.asset(), t.quantity(), t.valueUsd(), t.date()));
            return;
        }
        double left = t.quantity();
        while (left > DUST && !q.isEmpty()) {
            Lot oldest = q.pollFirst();
            if (oldest.quantity() > left + DUST) {
                q.addFirst(oldest.less(left));
                left = 0;
            } else {
                left -= oldest.quantity();
            }
        }
        if (left > DUST * Math.max(1, t.quantity())) {
            problems.add(new ImportProblem(sheet, t.line(), null, "quantity", String.format(Locale.ROOT,
                    "%s %s %s but the history holds only %s; the rest was ignored (is an earlier part of the history "
                    + "missing?)", t.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), plain(t.quantity()),
                    t.asset(), plain(t.quantity() - left)), ImportProblem.Severity.WARNING));
        }
    }

    /** The lots still held, per asset in order of first appearance, oldest first. */
    Map<String, List<Lot>> held() {
        Map<String, List<Lot>> out = new LinkedHashMap<>();
        lots.forEach((asset, q) -> {
            List<Lot> l = q.stream().filter(x -> x.quantity() > DUST).toList();
            if (!l.isEmpty()) {
                out.put(asset, l);
            }
        });
        return out;
    }

    private static String plain(double d) {
        return new java.math.BigDecimal(d).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
