package org.yieldplan.holdings;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises column headers by meaning: "Token Symbol", "COIN" and "asset" are all the asset;
 * "Value (USD)", "Market value $" the value; "APR %" a rate to convert. Case, spacing,
 * punctuation and units in brackets do not matter.
 */
final class HeaderMatcher {

    /** A recognised column. */
    record Column(int index, HoldingField field, String header, boolean percentUnit, boolean apr) {

        /** The column as a person names it: {@code C (APY)}. */
        String label() {
            return letters(index) + " (" + header.strip() + ")";
        }
    }

    /** A recognised header row: the columns by field (first of each kind). */
    record Header(int row, Map<HoldingField, Column> columns, List<String> duplicates) {

        boolean has(HoldingField f) {
            return columns.containsKey(f);
        }

        /** True when the row can give holdings: an asset and a value, or a quantity (priced from the column or the price table). */
        boolean usable() {
            return has(HoldingField.ASSET) && (has(HoldingField.VALUE) || has(HoldingField.QUANTITY));
        }
    }

    private static final Pattern BRACKETS = Pattern.compile("[(\\[{]([^)\\]}]*)[)\\]}]");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, HoldingField> NAMES = names();

    private HeaderMatcher() {
    }

    /** The field a header names, with its units; empty when it names none. */
    static Optional<Column> match(int index, String header) {
        if (header == null || header.isBlank() || header.length() > 200) {
            return Optional.empty();
        }
        String h = header.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        boolean percent = h.contains("%") || h.contains("percent") || h.contains("pct");
        boolean money = h.contains("$") || h.matches(".*\\b(usd|dollars?|usdt)\\b.*");
        String bare = BRACKETS.matcher(h).replaceAll(" ");
        bare = NON_WORD.matcher(bare.replace("%", " ").replace("$", " ")).replaceAll(" ").strip();
        bare = bare.replaceAll("\\b(in )?(usd|dollars?|percent|pct|days?)\\b", " ").replaceAll("\\s+", " ").strip();
        boolean apr = bare.matches(".*\\bapr\\b.*") || bare.contains("annual percentage rate");
        String key = bare.replaceAll("\\bapr\\b", "apy").replace("annual percentage rate", "apy");
        HoldingField f = NAMES.get(key);
        if (f == null) {
            f = NAMES.get(key.replace(" ", ""));
        }
        if (f == null) {
            return Optional.empty();
        }
        if (f == HoldingField.QUANTITY && money) {
            f = HoldingField.VALUE;                      // "Amount (USD)", "Balance $" are values
        }
        return Optional.of(new Column(index, f, header, percent, apr && f.isRate()));
    }

    /** The header a row would be, or empty when it recognises no field. */
    static Optional<Header> header(int row, List<RawCell> cells) {
        Map<HoldingField, Column> cols = new EnumMap<>(HoldingField.class);
        List<String> dups = new java.util.ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            RawCell c = cells.get(i);
            if (c == null || c.text() == null) {
                continue;
            }
            Optional<Column> m = match(i, c.text());
            if (m.isPresent()) {
                if (cols.containsKey(m.get().field())) {
                    dups.add(m.get().label());
                } else {
                    cols.put(m.get().field(), m.get());
                }
            }
        }
        return cols.isEmpty() ? Optional.empty() : Optional.of(new Header(row, cols, dups));
    }

    private static final java.util.Set<String> WHEN = java.util.Set.of("date", "time", "timestamp", "datetime",
            "date time", "created at", "date utc", "time utc", "trade date", "transaction date", "block time");
    private static final java.util.Set<String> WHAT = java.util.Set.of("type", "side", "transaction type", "trade type",
            "operation", "kind", "transaction", "tx type", "direction", "action");
    private static final java.util.Set<String> TRADE_IDS = java.util.Set.of("trade id", "tx hash", "txid", "tx id",
            "transaction id", "transaction hash", "order id", "txhash");

    /**
     * True when a header row is a transaction history's (a Date or Time column with a Type or Side
     * column, or a trade or transaction id): its rows are trades, not current holdings.
     */
    static boolean looksLikeTransactions(List<RawCell> cells) {
        boolean when = false;
        boolean what = false;
        for (RawCell c : cells) {
            if (c == null || c.text() == null || c.text().length() > 60) {
                continue;
            }
            String h = NON_WORD.matcher(c.text().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
            if (TRADE_IDS.contains(h)) {
                return true;
            }
            when |= WHEN.contains(h);
            what |= WHAT.contains(h);
        }
        return when && what;
    }

    /** Column letters for a 0-based index: 0 → A, 26 → AA. */
    static String letters(int index) {
        StringBuilder b = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            b.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return b.toString();
    }

    private static Map<String, HoldingField> names() {
        Map<String, HoldingField> m = new HashMap<>();
        put(m, HoldingField.ASSET, "asset", "assets", "coin", "coins", "token", "tokens", "symbol", "ticker",
                "token symbol", "asset symbol", "coin symbol", "currency", "crypto", "cryptocurrency", "asset name",
                "instrument", "holding", "asset ticker", "token ticker");
        put(m, HoldingField.QUANTITY, "quantity", "qty", "amount", "balance", "units", "unit", "holdings",
                "position", "size", "amount held", "quantity held", "total balance", "total quantity", "token amount",
                "number of tokens", "no of tokens", "shares", "available balance");
        put(m, HoldingField.PRICE, "price", "unit price", "price per unit", "spot price", "current price",
                "last price", "market price", "price per token", "price per coin", "token price", "coin price");
        put(m, HoldingField.VALUE, "value", "market value", "total value", "current value", "value held",
                "position value", "worth", "fiat value", "valuation", "holding value", "balance value", "mkt value",
                "amount value", "value usd");
        put(m, HoldingField.BUCKET, "bucket", "strategy", "category", "type", "income type", "yield type",
                "bucket type", "income bucket", "income source");
        put(m, HoldingField.PROTOCOL, "protocol", "platform", "venue", "dapp", "project", "provider", "where held",
                "exchange", "protocol name", "pool");
        put(m, HoldingField.CHAIN, "chain", "network", "blockchain", "chain name");
        put(m, HoldingField.APY, "apy", "yield", "total apy", "apy total", "current apy", "expected apy",
                "annual yield", "interest rate", "rate", "net apy", "est apy", "estimated apy", "staking apy",
                "apy annual");
        put(m, HoldingField.APY_BASE, "base apy", "apy base", "base yield", "base rate", "native apy");
        put(m, HoldingField.APY_REWARD, "reward apy", "rewards apy", "apy reward", "apy rewards", "reward yield",
                "incentive apy", "emissions apy", "emission apy", "reward rate", "bonus apy");
        put(m, HoldingField.LOCKUP_DAYS, "lockup", "lock up", "lock up period", "lockup period", "unbonding",
                "unbonding period", "lock period", "lock", "locked", "lock time", "unlock period", "unstaking period",
                "withdrawal delay", "lockup unbonding", "lock up unbonding");
        put(m, HoldingField.COST_BASIS, "cost basis", "cost", "purchase cost", "invested", "amount invested",
                "book cost", "total cost", "cost basis total", "basis");
        put(m, HoldingField.ACQUIRED, "acquired", "acquired date", "date acquired", "acquisition date",
                "purchase date", "date bought", "bought", "bought on", "opened", "date opened", "start date", "since",
                "acquired on");
        put(m, HoldingField.POOL_ID, "pool id", "pool uuid", "pool identifier", "defillama pool", "defillama pool id",
                "defillama id", "llama pool id", "defillama");
        return Map.copyOf(m);
    }

    private static void put(Map<String, HoldingField> m, HoldingField f, String... names) {
        for (String n : names) {
            m.put(n, f);
        }
    }
}
