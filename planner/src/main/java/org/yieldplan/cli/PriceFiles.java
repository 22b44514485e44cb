package org.yieldplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.yieldplan.rebalance.PriceCsv;
import org.yieldplan.rebalance.PriceHistory;

/**
 * Reads a folder of daily price files (the edge: file I/O here, parsing in {@link PriceCsv}).
 * The folder's {@code index.csv} ({@code symbol,file}) names each asset's file; without it every
 * {@code SYMBOL.csv} is read. Without a folder, the bundled {@code samples/prices} (2021 CoinGecko).
 */
final class PriceFiles {

    private static final String BUNDLED = "samples/prices/";

    private PriceFiles() {
    }

    /** Prices from a folder. */
    static PriceHistory read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("prices: " + dir + " is not a folder of price files");
        }
        Map<String, String> index = new LinkedHashMap<>();
        Path idx = dir.resolve("index.csv");
        if (Files.exists(idx)) {
            index = index(idx.toString(), lines(idx));
        } else {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                    String name = f.getFileName().toString();
                    index.put(name.substring(0, name.length() - 4).toUpperCase(Locale.ROOT), name);
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("prices: " + dir + " could not be listed (" + e.getMessage() + ")");
            }
        }
        Map<String, org.yieldplan.rebalance.PriceSeries> series = new LinkedHashMap<>();
        index.forEach((symbol, file) -> series.put(symbol, PriceCsv.parse(dir.resolve(file).toString(), lines(dir.resolve(file)))));
        return new PriceHistory(series);
    }

    /** The bundled prices. */
    static PriceHistory bundled() {
        Map<String, org.yieldplan.rebalance.PriceSeries> series = new LinkedHashMap<>();
        index(BUNDLED + "index.csv", resource(BUNDLED + "index.csv"))
                .forEach((symbol, file) -> series.put(symbol, PriceCsv.parse(BUNDLED + file, resource(BUNDLED + file))));
        return new PriceHistory(series);
    }

    private static Map<String, String> index(String source, List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] kv = lines.get(i).split(",");
            if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
                throw new IllegalArgumentException(source + ": line " + (i + 1) + ": expected symbol,file");
            }
            out.put(kv[0].strip().toUpperCase(Locale.ROOT), kv[1].strip());
        }
        return out;
    }

    private static List<String> lines(Path f) {
        try {
            return Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("prices: " + f + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException("prices: " + f + ": could not be read (" + e.getMessage() + ")");
        }
    }

    private static List<String> resource(String name) {
        try (InputStream in = PriceFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException("the bundled sample " + name + " could not be read", e);
        }
    }
}
