package org.yieldplan.holdings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yieldplan.holdings.Transaction.Kind;

/**
 * The transaction histories yieldplan reads (Coinbase's two account exports, Coinbase Pro fills,
 * Binance trade history, Gemini, and a generic date/type/asset/quantity/price/fee layout), and
 * the ones it recognises only to say it does not read them.
 */
final class HistoryLayouts {

    static final List<HistoryLayout> READ = List.of(new CoinbaseTaxReport(), new CoinbaseAccount(), new CoinbaseProFills(),
            new BinanceTrades(), new Gemini(), new Generic());

    /** Layouts recognised by their header but not read: name, and the header names that tell them. */
    private record Known(String kind, String... names) {
    }

    private static final List<Known> NOT_READ = List.of(
            new Known("a LocalBitcoins trade export", "trade_type", "btc_amount"),
            new Known("a Bybit asset history", "coin", "wallet balance"),
            new Known("a Pionex trade export", "received quantity", "sent quantity"),
            new Known("a Pionex transfer export", "tx_type", "coin"),
            new Known("a Trezor Suite wallet export", "date & time", "addresses"),
            new Known("a Coincheck trade export", "trading currency", "original currency"),
            new Known("a Binance Auto-Invest history", "auto-invest date(utc)", "holding coin"),
            new Known("a Binance ETH→BETH conversion history", "coin", "token", "status"),
            new Known("a yabc ad-hoc trade list", "receivedcurrency", "tradedcurrency"),
            new Known("a dali-rp2 transfer (intra) list", "from exchange", "to exchange"));

    private HistoryLayouts() {
    }

    /** The layout a header row is, if yieldplan reads it. */
    static Optional<HistoryLayout> reading(HistoryRow.Columns c) {
        return READ.stream().filter(l -> l.matches(c)).findFirst();
    }

    /** What a header row is when yieldplan recognises it but does not read it. */
    static Optional<String> notRead(HistoryRow.Columns c) {
        return NOT_READ.stream().filter(k -> c.hasAll(k.names())).map(Known::kind).findFirst();
    }

    /** The layouts read, for messages. */
    static String readList() {
        return "Coinbase (transaction report or account history), Coinbase Pro fills, Binance trade history, Gemini, "
                + "or the generic layout with the columns date, type, asset, quantity, price (USD), fee (USD)";
    }

    private static Kind generalKind(String type) throws HistoryLayout.Skipped {
        String t = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        if (t.matches(".*\\b(buy|bought|purchase)\\b.*")) {
            return Kind.BUY;
        }
        if (t.matches(".*\\b(sell|sold|sale)\\b.*")) {
            return Kind.SELL;
        }
        if (t.matches(".*\\b(reward|rewards|income|staking|interest|earn|airdrop|mining|learning|inflation|dividend)\\b.*")) {
            return Kind.REWARD;
        }
        if (t.matches(".*\\b(receive|received|deposit|transfer in|credit|gift received)\\b.*")) {
            return Kind.TRANSFER_IN;
        }
        if (t.matches(".*\\b(send|sent|withdraw|withdrawal|transfer out|debit|gift sent)\\b.*")) {
            return Kind.TRANSFER_OUT;
        }
        if (t.matches("fee|fees|network fee|gas")) {
            return Kind.FEE;
        }
        throw new HistoryLayout.Skipped("the type '" + type + "' is not a buy, sell, transfer, reward or fee");
    }

    private static double positive(HistoryRow r, String col) throws CellReading.Unreadable {
        Double q = r.number(col);
        if (q == null || q == 0) {
            throw new CellReading.Unreadable("no quantity in column '" + col + "'");
        }
        return Math.abs(q);
    }

    /** Coinbase's "transaction report": Timestamp, Transaction Type, Asset, Quantity Transacted, USD Spot Price... */
    private static final class CoinbaseTaxReport implements HistoryLayout {
        private static final Pattern CONVERTED = Pattern.compile("(?i)converted\\s+([\\d.,]+)\\s+(\\S+)\\s+to\\s+([\\d.,]+)\\s+(\\S+)");

        public String kind() {
            return "Coinbase transaction report";
        }

        public boolean matches(HistoryRow.Columns c) {
            return c.hasAll("transaction type", "asset", "quantity transacted")
                    && c.first("usd spot price at transaction", "spot price at transaction") != null;
        }

        public List<Transaction> read(HistoryRow r) throws Skipped, CellReading.Unreadable {
            LocalDate d = r.date("timestamp");
            String asset = r.text("asset").toUpperCase(Locale.ROOT);
            double q = positive(r, "quantity transacted");
            String spotCol = r.blank("usd spot price at transaction") ? "spot price at transaction" : "usd spot price at transaction";
            Double spot = r.number(spotCol);
            Double total = r.number("total (inclusive of fees)");
            if (total == null) {
                total = r.number("total (inclusive of fees and/or spread)");
            }
            String type = r.text("transaction type");
            if (type.toLowerCase(Locale.ROOT).startsWith("convert")) {
                Matcher m = CONVERTED.matcher(r.text("notes"));
                if (!m.find()) {
                    throw new CellReading.Unreadable("a Convert whose notes do not say 'Converted X A to Y B'");
                }
                double got = CellReading.parse(m.group(3)).value();
                Double value = r.number("subtotal") != null ? r.number("subtotal") : spot == null ? null : q * spot;
                return List.of(new Transaction(r.line(), d, Kind.SELL, asset, q, null),
                        new Transaction(r.line(), d, Kind.BUY, m.group(4).toUpperCase(Locale.ROOT), got, value));
            }
            Kind k = generalKind(type);
            Double value = k == Kind.BUY && total != null ? total : spot == null ? null : q * spot;
            return List.of(new Transaction(r.line(), d, k, asset, q, k.adds() ? value : null));
        }
    }

    /** Coinbase's older account history: Timestamp, Balance, Amount, Currency, ... Transfer Total, Transfer Fee... */
    private static final class CoinbaseAccount implements HistoryLayout {
        public String kind() {
            return "Coinbase account history";
        }

        public boolean matches(HistoryRow.Columns c) {
            return c.hasAll("timestamp", "amount", "currency", "transfer total", "transfer total currency");
        }

        public List<Transaction> read(HistoryRow r) throws Skipped, CellReading.Unreadable {
            LocalDate d = r.date("timestamp");
            String asset = r.text("currency").toUpperCase(Locale.ROOT);
            Double amount = r.number("amount");
            if (amount == null || amount == 0) {
                throw new CellReading.Unreadable("no amount");
            }
            Double total = r.number("transfer total");
            boolean usd = "USD".equalsIgnoreCase(r.text("transfer total currency"));
            double q = Math.abs(amount);
            if (total != null && usd) {                       // bought or sold for USD; the total includes the fee
                return List.of(new Transaction(r.line(), d, amount > 0 ? Kind.BUY : Kind.SELL, asset, q,
                        amount > 0 ? Math.abs(total) : null));
            }
            return List.of(new Transaction(r.line(), d, amount > 0 ? Kind.TRANSFER_IN : Kind.TRANSFER_OUT, asset, q, null));
        }
    }

    /** Coinbase Pro fills: product BASE-QUOTE, side, created at, size, price, fee, total, unit. */
    private static final class CoinbaseProFills implements HistoryLayout {
        public String kind() {
            return "Coinbase Pro fills";
        }

        public boolean matches(HistoryRow.Columns c) {
            return c.hasAll("product", "side", "created at", "size", "price", "fee");
        }

        public List<Transaction> read(HistoryRow r) throws Skipped, CellReading.Unreadable {
            String[] p = r.text("product").toUpperCase(Locale.ROOT).split("-");
            if (p.length != 2) {
                throw new CellReading.Unreadable("the product '" + r.text("product") + "' is not BASE-QUOTE, e.g. ETH-USD");
            }
            double size = positive(r, "size");
            double price = r.numberOrZero("price");
            return HistoryLayout.trade(r.line(), r.date("created at"), r.text("side").equalsIgnoreCase("buy"), p[0], size,
                    p[1], size * price, Math.abs(r.numberOrZero("fee")), p[1]);
        }
    }

    /** Binance trade history: Date(UTC), Market (ETHBTC), Type, Price, Amount, Total, Fee, Fee Coin. */
    private static final class BinanceTrades implements HistoryLayout {
        private static final List<String> QUOTES = List.of("USDT", "BUSD", "USDC", "FDUSD", "TUSD", "DAI", "USD", "EUR",
                "GBP", "BTC", "ETH", "BNB", "TRY", "BRL");

        public String kind() {
            return "Binance trade history";
        }

        public boolean matches(HistoryRow.Columns c) {
            return c.hasAll("date(utc)", "market", "type", "price", "amount", "total", "fee", "fee coin");
        }

        public List<Transaction> read(HistoryRow r) throws Skipped, CellReading.Unreadable {
            String market = r.text("market").toUpperCase(Locale.ROOT).replace("/", "").replace("-", "");
            String quote = QUOTES.stream().filter(q -> market.endsWith(q) && market.length() > q.length()).findFirst()
                    .orElseThrow(() -> new CellReading.Unreadable("the market '" + market + "' does not end in a quote "
                            + "asset yieldplan knows (" + String.join(", ", QUOTES) + ")"));
            String base = market.substring(0, market.length() - quote.length());
            String side = r.text("type").toLowerCase(Locale.ROOT);
            if (!side.equals("buy") && !side.equals("sell")) {
                throw new CellReading.Unreadable("the type '" + r.text("type") + "' is not BUY or SELL");
            }
            return HistoryLayout.trade(r.line(), r.date("date(utc)"), side.equals("buy"), base, positive(r, "amount"),
                    quote, Math.abs(r.numberOrZero("total")), Math.abs(r.numberOrZero("fee")), r.text("fee coin"));
        }
    }

    /** Gemini: Date, Type, Symbol (BTCUSD), USD Amount USD, Fee (USD) USD, and "BTC Amount BTC" per asset. */
    private static final class Gemini implements HistoryLayout {
        public String kind() {
            return "Gemini transaction history";
        }

        public boolean matches(HistoryRow.Columns c) {
            return c.hasAll("date", "type", "symbol", "usd amount usd", "fee (usd) usd");
        }

        public List<Transaction> read(HistoryRow r) throws Skipped, CellReading.Unreadable {
            String symbol = r.text("symbol").toUpperCase(Locale.ROOT);
            String type = r.text("type").toLowerCase(Locale.ROOT);
            String asset = symbol.endsWith("USD") && symbol.length() > 3 ? symbol.substring(0, symbol.length() - 3) : symbol;
            if (asset.isEmpty() || asset.equals("USD")) {
                throw new Skipped("a USD movement holds no crypto");
            }
            double q = positive(r, asset.toLowerCase(Locale.ROOT) + " amount " + asset.toLowerCase(Locale.ROOT));
            LocalDate d = r.date("date");
            if (type.equals("buy") || type.equals("sell")) {
                double usd = Math.abs(r.numberOrZero("usd amount usd"));
                double fee = Math.abs(r.numberOrZero("fee (usd) usd"));
                return HistoryLayout.trade(r.line(), d, type.equals("buy"), asset, q, "USD", usd, fee, "USD");
            }
            return List.of(new Transaction(r.line(), d, generalKind(type), asset, q, null));
        }
    }

    /** The generic layout: date, type, asset, quantity, price (USD a unit), fee (USD); dali-rp2's manual files too. */
    private static final class Generic implements HistoryLayout {
        public String kind() {
            return "transaction history (generic layout)";
        }

        public boolean matches(HistoryRow.Columns c) {
            return c.first("date", "timestamp") != null && c.first("type", "transaction type") != null
                    && c.first("asset", "coin") != null && quantityColumn(c) != null;
        }

        private static String quantityColumn(HistoryRow.Columns c) {
            return c.first("quantity", "amount", "crypto in", "crypto out no fee", "crypto out with fee");
        }

        public List<Transaction> read(HistoryRow r) throws Skipped, CellReading.Unreadable {
            HistoryRow.Columns c = r.columns();
            LocalDate d = r.date(c.first("date", "timestamp"));
            Kind k = generalKind(r.text(c.first("type", "transaction type")));
            String asset = r.text(c.first("asset", "coin")).toUpperCase(Locale.ROOT);
            double q = positive(r, quantityColumn(c));
            Double price = r.number(c.first("price", "price (usd)", "spot price", "price usd"));
            double fee = Math.abs(r.numberOrZero(c.first("fee", "fee (usd)", "usd fee", "fee usd")));
            double cryptoFee = Math.abs(r.numberOrZero(c.first("crypto fee")));
            Double value = price == null ? null : q * price + (k == Kind.BUY ? fee : 0);   // cost = q × price + fee
            List<Transaction> out = new java.util.ArrayList<>();
            out.add(new Transaction(r.line(), d, k, asset, q, k.adds() ? value : null));
            if (cryptoFee > 0) {
                out.add(new Transaction(r.line(), d, Kind.FEE, asset, cryptoFee, null));
            }
            return out;
        }
    }
}
