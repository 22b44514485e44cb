package org.yieldplan.holdings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A transaction-history layout yieldplan reads: how to recognise its header and turn a row into
 * transactions. The layouts are in {@link HistoryLayouts}.
 */
interface HistoryLayout {

    /** What the file is, for a person: {@code Coinbase transaction history}. */
    String kind();

    /** True when a header row is this layout's. */
    boolean matches(HistoryRow.Columns columns);

    /**
     * The transactions in one row.
     *
     * @throws Skipped           for a row that moves no crypto (a USD deposit), with the reason
     * @throws CellReading.Unreadable for a row that cannot be used, with the reason
     */
    List<Transaction> read(HistoryRow row) throws Skipped, CellReading.Unreadable;

    /** A row that is understood and holds nothing to import. */
    final class Skipped extends Exception {
        private static final long serialVersionUID = 1L;

        Skipped(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Fiat currencies: a trade's fiat side is money paid or received, not a holding. */
    Set<String> FIAT = Set.of("USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "KRW", "SGD", "NZD", "HKD");
    /** USD stablecoins counted at 1 USD for a cost basis (an assumption; they held their peg within cents). */
    Set<String> USD_LIKE = Set.of("USD", "USDT", "USDC", "BUSD", "DAI", "TUSD", "USDP", "FDUSD", "GUSD", "PYUSD");

    /**
     * A trade of {@code qty} {@code base} for {@code total} {@code quote} (total fees included, as
     * paid or received), and a fee paid in {@code feeAsset}: the base moves one way, a crypto quote
     * the other, a crypto fee is taken from its asset. The cost basis is known when the quote is USD
     * or a USD stablecoin.
     */
    static List<Transaction> trade(int line, LocalDate date, boolean buy, String base, double qty, String quote,
            double total, double fee, String feeAsset) {
        String q = quote.toUpperCase(Locale.ROOT);
        String f = feeAsset == null ? q : feeAsset.toUpperCase(Locale.ROOT);
        boolean feeInQuote = f.equals(q);
        Double usd = USD_LIKE.contains(q) ? total + (feeInQuote && buy ? fee : feeInQuote ? -fee : 0) : null;
        List<Transaction> out = new ArrayList<>();
        out.add(new Transaction(line, date, buy ? Transaction.Kind.BUY : Transaction.Kind.SELL, base, qty, buy ? usd : null));
        if (!FIAT.contains(q)) {
            double quoteQty = buy ? total + (feeInQuote ? fee : 0) : total - (feeInQuote ? fee : 0);
            if (quoteQty > 0) {
                out.add(new Transaction(line, date, buy ? Transaction.Kind.SELL : Transaction.Kind.BUY, q, quoteQty,
                        buy ? null : USD_LIKE.contains(q) ? quoteQty : null));
            }
        }
        if (fee > 0 && !feeInQuote && !FIAT.contains(f)) {
            out.add(new Transaction(line, date, Transaction.Kind.FEE, f, fee, null));
        }
        return out;
    }
}
