package org.yieldplan.holdings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yieldplan.income.YieldMath;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.PoolLink;
import org.yieldplan.holdings.HeaderMatcher.Column;
import org.yieldplan.holdings.HeaderMatcher.Header;
import org.yieldplan.holdings.ImportProblem.Severity;

/**
 * Turns one data row into a holding, adding a problem for each value it cannot read. A row whose
 * asset, value or yield cannot be read is left out (an ERROR); an unreadable optional value
 * (bucket, lock-up, cost basis, date) is ignored with a WARNING and the row kept.
 */
final class HoldingRowParser {

    /** APR columns are converted with daily compounding: APY = (1 + APR/365)^365 − 1. */
    static final int APR_PERIODS = 365;
    /** The highest APY believed: 1000 % a year (10 as a fraction). */
    static final double MAX_APY = 10;
    /** The longest lock-up believed, days. */
    static final int MAX_LOCKUP_DAYS = 3650;
    /** Longest asset symbol accepted, characters. */
    static final int MAX_ASSET_CHARS = 64;
    /** A DeFiLlama pool id: a UUID. */
    static final Pattern POOL_UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Longest protocol or chain name accepted, characters. */
    static final int MAX_NAME_CHARS = 100;

    private final Header header;
    private final String sheet;
    private final BucketInference buckets;
    private final AssetLookup assets;
    private final PoolYields pools;
    /** How each written asset reads, and the warning for each unlisted one: the same for every row of a sheet. */
    private final java.util.Map<String, AssetLookup.Named> names = new java.util.HashMap<>();
    private final java.util.Map<String, Optional<String>> unknown = new java.util.HashMap<>();
    /** The bucket each written bucket names: a sheet repeats a handful of them. */
    private final java.util.Map<String, Optional<Bucket>> bucketNames = new java.util.HashMap<>();
    /** {@link AssetLookup#name} and {@link AssetLookup#unknown}, made once rather than once a row. */
    private final java.util.function.Function<String, AssetLookup.Named> nameOf;
    private final java.util.function.Function<String, Optional<String>> unknownOf;

    HoldingRowParser(Header header, String sheet, BucketInference buckets, AssetLookup assets, PoolYields pools) {
        this.pools = pools;
        this.header = header;
        this.sheet = sheet;
        this.buckets = buckets;
        this.assets = assets;
        this.nameOf = assets::name;
        this.unknownOf = assets::unknown;
    }

    /** The row's cell for a field, blank when the column is absent or the row short. */
    RawCell cell(List<RawCell> cells, HoldingField f) {
        Column c = header.columns().get(f);
        return c == null || c.index() >= cells.size() || cells.get(c.index()) == null ? RawCell.BLANK : cells.get(c.index());
    }

    /** The value a row states or implies (value, else quantity × price), or empty when it has none readable. */
    Optional<Double> impliedValue(List<RawCell> cells) {
        try {
            Double v = money(cells, HoldingField.VALUE);
            if (v != null) {
                return Optional.of(v);
            }
            Double q = money(cells, HoldingField.QUANTITY);
            Double p = money(cells, HoldingField.PRICE);
            return q != null && p != null ? Optional.of(q * p) : Optional.empty();
        } catch (CellReading.Unreadable e) {
            return Optional.empty();
        }
    }

    /** The holding in a row with an asset, or null (with an ERROR problem) when it cannot be read. */
    Holding parse(int row, List<RawCell> cells, List<ImportProblem> out) {
        String written = text(cells, HoldingField.ASSET);
        if (written.length() > MAX_ASSET_CHARS) {
            return error(out, row, HoldingField.ASSET, "the asset is " + written.length()
                    + " characters long; write its symbol, e.g. ETH");
        }
        List<ImportProblem> notes = new java.util.ArrayList<>();
        AssetLookup.Named named = names.computeIfAbsent(written, nameOf);
        if (named.note() != null) {
            notes.add(problem(row, HoldingField.ASSET, Severity.INFO, named.note()));
        }
        String asset = named.symbol();
        Holding h = parse(row, asset, cells, notes);
        if (h != null) {
            Optional<String> unlisted = unknown.computeIfAbsent(asset, unknownOf);
            if (unlisted.isPresent()) {
                notes.add(problem(row, HoldingField.ASSET, Severity.WARNING, unlisted.get()));
            }
            PoolYields.Answer live = pools.of(h);
            if (live != null) {
                h = live.holding();
                notes.add(problem(row, HoldingField.POOL_ID, live.severity(), live.note()));
            }
        }
        if (!notes.isEmpty()) {
            out.addAll(notes);
        }
        return h;
    }

    private Holding parse(int row, String asset, List<RawCell> cells, List<ImportProblem> out) {
        Double[] qpv;
        Double[] stated;
        try {
            qpv = new Double[] {nonNegative(row, cells, HoldingField.QUANTITY), nonNegative(row, cells, HoldingField.PRICE),
                nonNegative(row, cells, HoldingField.VALUE)};
            stated = new Double[] {rate(row, cells, HoldingField.APY), rate(row, cells, HoldingField.APY_BASE),
                rate(row, cells, HoldingField.APY_REWARD)};
        } catch (RowError e) {
            out.add(e.problem);
            return null;
        }
        if (!amounts(row, asset, qpv, out)) {
            return null;
        }
        Double[] split = split(row, stated, out);
        boolean earns = split[0] != null && split[0] > 0 || split[1] != null && split[1] > 0;
        String protocol = name(row, cells, HoldingField.PROTOCOL, out);
        String chain = name(row, cells, HoldingField.CHAIN, out);
        Bucket bucket = bucket(row, cells, out);
        boolean inferred = bucket == null;
        if (inferred) {
            bucket = buckets.infer(asset, protocol, earns);
        }
        try {
            return new Holding(asset, qpv[0], qpv[1], qpv[2], bucket, inferred, protocol, chain, split[0], split[1],
                    lockup(row, cells, out), costBasis(row, cells, out), acquired(row, cells, out), pool(row, cells, out));
        } catch (IllegalArgumentException e) {                        // e.g. quantity × price beyond any number
            return error(out, row, null, e.getMessage() + "; check the row");
        }
    }

    /**
     * Completes quantity, price and value in place: value = quantity × price when missing, price =
     * value / quantity or quantity = value / price when one of them is. False (with an ERROR) when
     * the row has no value and no quantity with price.
     */
    private boolean amounts(int row, String asset, Double[] qpv, List<ImportProblem> out) {
        Double q = qpv[0];
        Double p = qpv[1];
        Double v = qpv[2];
        if (v == null && q != null && p == null) {
            Optional<AssetLookup.Priced> priced = assets.price(asset);
            if (priced.isPresent()) {
                p = priced.get().priceUsd();
                out.add(problem(row, HoldingField.PRICE, Severity.INFO, priced.get().note()));
                if (priced.get().warning() != null) {
                    out.add(problem(row, HoldingField.PRICE, Severity.WARNING, priced.get().warning()));
                }
            }
        }
        if (v == null && (q == null || p == null)) {
            error(out, row, null, "no value for " + asset + "; fill in " + (header.has(HoldingField.VALUE)
                    ? "the value" : "the quantity and the price") + (q != null && p == null ? " (" + assets.prices().name()
                    + " has no price for " + asset + "; give one with --prices FILE or an uploaded price file)" : ""));
            return false;
        }
        if (v == null) {
            v = q * p;                                               // value = quantity × price, USD
        } else if (q != null && p != null && Math.abs(q * p - v) > 0.01 * Math.max(v, 1)) {
            out.add(problem(row, HoldingField.VALUE, Severity.WARNING, "the value " + round(v)
                    + " differs from quantity × price = " + round(q * p) + "; the value is used, check the row"));
        }
        if (p == null && q != null && q > 0) {
            p = v / q;                                               // price = value / quantity, USD a unit
        } else if (q == null && p != null && p > 0) {
            q = v / p;                                               // quantity = value / price, units
        }
        qpv[0] = q;
        qpv[1] = p;
        qpv[2] = v;
        return true;
    }

    /** Base and reward APY from the stated APY, base and reward (any of them may be missing). */
    private Double[] split(int row, Double[] stated, List<ImportProblem> out) {
        Double apy = stated[0];
        Double base = stated[1];
        Double reward = stated[2];
        if (base == null && reward == null) {
            return new Double[] {apy, null};
        }
        if (apy != null) {
            if (base == null && apy >= reward) {
                base = apy - reward;                                 // base = APY − reward
            } else if (reward == null && apy >= base) {
                reward = apy - base;                                 // reward = APY − base
            } else if (Math.abs(apy - (base == null ? 0 : base) - (reward == null ? 0 : reward)) > 1e-4) {
                out.add(problem(row, HoldingField.APY, Severity.WARNING, "the APY " + pct(apy)
                        + " is not base + reward; base and reward are used"));
            }
        }
        return new Double[] {base, reward};
    }

    private Double nonNegative(int row, List<RawCell> cells, HoldingField f) throws RowError {
        Double d;
        try {
            d = money(cells, f);
        } catch (CellReading.Unreadable e) {
            throw new RowError(problem(row, f, Severity.ERROR, e.getMessage()));
        }
        if (d != null && d < 0) {
            throw new RowError(problem(row, f, Severity.ERROR, "'" + cell(cells, f).shown()
                    + "' is negative; a holding's " + f.header().replaceAll(" \\(.*\\)", "").toLowerCase(java.util.Locale.ROOT)
                    + " must be zero or more"));
        }
        return d;
    }

    private Double money(List<RawCell> cells, HoldingField f) throws CellReading.Unreadable {
        RawCell c = cell(cells, f);
        return c.isBlank() ? null : CellReading.number(c).value();
    }

    private Double rate(int row, List<RawCell> cells, HoldingField f) throws RowError {
        RawCell c = cell(cells, f);
        if (c.isBlank()) {
            return null;
        }
        Column col = header.columns().get(f);
        double r;
        try {
            r = CellReading.rate(c, col.percentUnit());
        } catch (CellReading.Unreadable e) {
            throw new RowError(problem(row, f, Severity.ERROR, e.getMessage()));
        }
        if (r < 0) {
            throw new RowError(problem(row, f, Severity.ERROR, "'" + c.shown() + "' is negative; a yield must be zero or more"));
        }
        if (col.apr()) {
            r = YieldMath.aprToApy(r, APR_PERIODS);                  // APY = (1 + APR/365)^365 − 1
        }
        if (r > MAX_APY) {
            throw new RowError(problem(row, f, Severity.ERROR, "'" + c.shown() + "' is above 1000 %; check the value"));
        }
        return r;
    }

    private Bucket bucket(int row, List<RawCell> cells, List<ImportProblem> out) {
        RawCell c = cell(cells, HoldingField.BUCKET);
        if (c.isBlank()) {
            return null;
        }
        Optional<Bucket> b = bucketNames.computeIfAbsent(c.text() == null ? c.shown() : c.text(), BucketInference::named);
        if (b.isEmpty()) {
            out.add(problem(row, HoldingField.BUCKET, Severity.WARNING, "'" + c.shown()
                    + "' is not a bucket; use staking, lending, liquidity, farming, growth or cash (it was inferred)"));
        }
        return b.orElse(null);
    }

    private Integer lockup(int row, List<RawCell> cells, List<ImportProblem> out) {
        RawCell c = cell(cells, HoldingField.LOCKUP_DAYS);
        if (c.isBlank()) {
            return null;
        }
        try {
            double d = CellReading.number(c).value();
            if (d >= 0 && d <= MAX_LOCKUP_DAYS) {
                return (int) Math.round(d);
            }
            out.add(problem(row, HoldingField.LOCKUP_DAYS, Severity.WARNING, "'" + c.shown()
                    + "' is not 0 to " + MAX_LOCKUP_DAYS + " days; the lock-up was ignored, check the value"));
        } catch (CellReading.Unreadable e) {
            out.add(problem(row, HoldingField.LOCKUP_DAYS, Severity.WARNING, e.getMessage() + "; the lock-up was ignored"));
        }
        return null;
    }

    private Double costBasis(int row, List<RawCell> cells, List<ImportProblem> out) {
        try {
            Double d = money(cells, HoldingField.COST_BASIS);
            if (d != null && d < 0) {
                out.add(problem(row, HoldingField.COST_BASIS, Severity.WARNING, "'" + cell(cells, HoldingField.COST_BASIS)
                        .shown() + "' is negative; the cost basis was ignored"));
                return null;
            }
            return d;
        } catch (CellReading.Unreadable e) {
            out.add(problem(row, HoldingField.COST_BASIS, Severity.WARNING, e.getMessage() + "; the cost basis was ignored"));
            return null;
        }
    }

    private LocalDate acquired(int row, List<RawCell> cells, List<ImportProblem> out) {
        RawCell c = cell(cells, HoldingField.ACQUIRED);
        if (c.isBlank()) {
            return null;
        }
        try {
            return CellReading.date(c);
        } catch (CellReading.Unreadable e) {
            out.add(problem(row, HoldingField.ACQUIRED, Severity.WARNING, e.getMessage() + "; the date was ignored"));
            return null;
        }
    }

    /**
     * The DeFiLlama pool id of a row: the UUID in the cell (alone, or in a pool page's address such as
     * {@code https://defillama.com/yields/pool/UUID}), lower case; null for a blank cell; a cell without a UUID is
     * ignored with a WARNING.
     */
    private PoolLink pool(int row, List<RawCell> cells, List<ImportProblem> out) {
        String s = text(cells, HoldingField.POOL_ID);
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = POOL_UUID.matcher(s);
        if (m.find()) {
            return PoolLink.of(m.group().toLowerCase(Locale.ROOT));
        }
        out.add(problem(row, HoldingField.POOL_ID, Severity.WARNING, "'" + (s.length() > 60 ? s.substring(0, 60) + "…" : s)
                + "' is not a DeFiLlama pool id (a UUID such as 747c1d2a-c668-4682-b9f9-296708a3dd90, from the pool's "
                + "page defillama.com/yields/pool/ID); the pool id was ignored"));
        return null;
    }

    private String name(int row, List<RawCell> cells, HoldingField f, List<ImportProblem> out) {
        String s = text(cells, f);
        if (s.length() > MAX_NAME_CHARS) {
            out.add(problem(row, f, Severity.WARNING, "the " + f.id() + " is " + s.length()
                    + " characters long; it was ignored, write a short name"));
            return null;
        }
        return s.isEmpty() ? null : s;
    }

    /** The cell's text, stripped; a number cell as shown. */
    String text(List<RawCell> cells, HoldingField f) {
        RawCell c = cell(cells, f);
        String s = c.text() != null ? c.text() : c.shown();
        return s.replace('\u00a0', ' ').strip();
    }

    ImportProblem problem(int row, HoldingField f, Severity s, String message) {
        Column c = f == null ? null : header.columns().get(f);
        return new ImportProblem(sheet, row, c == null ? null : c.label(), f == null ? null : f.id(), message, s);
    }

    private Holding error(List<ImportProblem> out, int row, HoldingField f, String message) {
        out.add(problem(row, f, Severity.ERROR, message));
        return null;
    }

    private static String round(double d) {
        return String.format(java.util.Locale.ROOT, "%,.2f", d);
    }

    private static String pct(double d) {
        return String.format(java.util.Locale.ROOT, "%.2f %%", d * 100);
    }

    /** A row that cannot be imported, with its problem. */
    private static final class RowError extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ImportProblem problem;

        RowError(ImportProblem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
