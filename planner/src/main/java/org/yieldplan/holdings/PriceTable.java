package org.yieldplan.holdings;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Prices that value rows with a quantity and no price: one quote per asset, each with its date
 * and source. The bundled table is {@code samples/assets/price-table.csv} (see its README: the
 * latest closes in the bundled price files); a person's own comes from {@code --prices FILE} or
 * an uploaded price file, a CSV {@code symbol,priceUsd,asOf[,source]} with ISO dates.
 *
 * @param name   where the table came from, for messages (e.g. {@code the bundled price table})
 * @param quotes by ticker, upper case
 */
public record PriceTable(String name, Map<String, Quote> quotes) {

    /**
     * One price.
     *
     * @param symbol   the ticker
     * @param priceUsd USD a unit, ≥ 0
     * @param asOf     the day the price is from
     * @param source   where it came from
     */
    public record Quote(String symbol, double priceUsd, LocalDate asOf, String source) {
    }

    private static final String BUNDLED = "samples/assets/price-table.csv";

    public PriceTable {
        quotes = Map.copyOf(quotes);
    }

    /** The bundled table. */
    public static PriceTable bundled() {
        try (InputStream in = PriceTable.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the classpath");
            }
            return parse("the bundled price table", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A person's price file. */
    public static PriceTable read(Path file) throws IOException {
        return parse(String.valueOf(file.getFileName()), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads {@code symbol,priceUsd,asOf[,source]} lines after a header line; {@code #} lines are notes.
     *
     * @throws PriceFileInvalid naming the file, line and column of a value it cannot read
     */
    public static PriceTable parse(String name, String text) {
        Map<String, Quote> out = new LinkedHashMap<>();
        int line = 0;
        boolean header = true;
        try (BufferedReader in = new BufferedReader(new StringReader(text.replace("\ufeff", "")))) {
            for (String l = in.readLine(); l != null; l = in.readLine()) {
                line++;
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                List<String> f = AssetDirectory.fields(l);
                if (header) {
                    header = false;
                    if (!f.get(0).toLowerCase(Locale.ROOT).matches("symbol|asset|ticker|coin")) {
                        throw new PriceFileInvalid(name, line, null, "the first line must be the header "
                                + "symbol,priceUsd,asOf[,source]");
                    }
                    continue;
                }
                out.put(f.get(0).toUpperCase(Locale.ROOT), quote(name, line, f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) {
            throw new PriceFileInvalid(name, 0, null, "no prices; write symbol,priceUsd,asOf lines below the header");
        }
        return new PriceTable(name, out);
    }

    private static Quote quote(String name, int line, List<String> f) {
        if (f.size() < 3 || f.get(0).isBlank()) {
            throw new PriceFileInvalid(name, line, f.get(0).isBlank() ? "symbol" : null,
                    "write symbol,priceUsd,asOf (e.g. ETH,3000,2026-12-01)");
        }
        double price;
        try {
            price = Double.parseDouble(f.get(1));
        } catch (NumberFormatException e) {
            throw new PriceFileInvalid(name, line, "priceUsd", "'" + f.get(1) + "' is not a price in USD");
        }
        if (!(price >= 0) || Double.isInfinite(price)) {
            throw new PriceFileInvalid(name, line, "priceUsd", "a price must be a finite number of zero or more");
        }
        try {
            return new Quote(f.get(0), price, LocalDate.parse(f.get(2)), f.size() > 3 && !f.get(3).isBlank() ? f.get(3) : name);
        } catch (DateTimeParseException e) {
            throw new PriceFileInvalid(name, line, "asOf", "'" + f.get(2) + "' is not a date; write 2026-12-01");
        }
    }

    /** The quote of a ticker, ignoring case. */
    public Optional<Quote> quote(String symbol) {
        return Optional.ofNullable(quotes.get(symbol.strip().toUpperCase(Locale.ROOT)));
    }
}
