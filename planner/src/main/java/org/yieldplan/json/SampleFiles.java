package org.yieldplan.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yieldplan.market.Catalog;
import org.yieldplan.simulation.MarketHistory;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.sustainability.Thresholds;
import org.yieldplan.template.TemplateDefinition;
import org.yieldplan.template.TemplateLibrary;

/**
 * Reads the catalog, templates and scenarios from files, or the bundled samples from the
 * classpath ({@code samples/...}, copied from the project's {@code samples/} folder at build).
 * Every failure is a {@link JsonInputException} naming the file and place.
 */
public final class SampleFiles {

    private static final String BUNDLED = "samples/";

    private SampleFiles() {
    }

    /** The bundled catalog. */
    public static Catalog catalog() {
        String resource = BUNDLED + "catalog.json";
        return plain(resource, bundled(resource), Catalog.class);
    }

    /** The bundled templates. */
    public static TemplateLibrary templates() {
        return templates(BUNDLED + "templates.json", bundled(BUNDLED + "templates.json"));
    }

    /** The bundled sample scenarios, in the order of {@code samples/scenarios/index.txt}. */
    public static List<Scenario> scenarios() {
        List<Scenario> out = new ArrayList<>();
        for (String name : new String(bundled(BUNDLED + "scenarios/index.txt"), StandardCharsets.UTF_8).split("\\R")) {
            if (!name.isBlank() && !name.startsWith("#")) {
                String resource = BUNDLED + "scenarios/" + name.strip();
                out.add(ScenarioReader.read(resource, bundled(resource), null));
            }
        }
        return out;
    }

    /**
     * The bundled real history for the replay: BTC's and ETH's daily market caps 2021-06-01..2023-02-01
     * ({@code samples/prices/bitcoin_ethereum_market_caps.csv}) by month, ETH standing in for the volatile assets
     * without a series (scaled by the catalog's volatilities).
     */
    public static MarketHistory marketHistory(Catalog catalog) {
        String file = BUNDLED + "prices/bitcoin_ethereum_market_caps.csv";
        List<String> lines = new String(bundled(file), StandardCharsets.UTF_8).lines().toList();
        if (!lines.get(0).strip().equals("date,Bitcoin,Ethereum")) {
            throw new IllegalStateException(file + ": line 1: expected date,Bitcoin,Ethereum");
        }
        // only the first of each month is used: its rows (21 of 611) are read alone, as the daily file's own
        // (PriceCsv checks every daily row of it in CatalogCalibrationTest; SampleFilesTest that both give one history)
        List<LocalDate> dates = new ArrayList<>();
        List<double[]> caps = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("-01,", 7)) {
                String[] cells = line.split(",");
                dates.add(LocalDate.parse(cells[0]));
                caps.add(new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2])});
            }
        }
        return MarketHistory.monthly(dates, Map.of("BTC", caps.stream().mapToDouble(c -> c[0]).toArray(),
                        "ETH", caps.stream().mapToDouble(c -> c[1]).toArray()), "ETH",
                catalog.profile("ETH").volatility(), file + " (check-sked/crypto_data_resources @895e484, ISC): "
                        + "BTC and ETH market caps on the first of each month");
    }

    /** A catalog file. */
    public static Catalog catalog(Path file) {
        return plain(file.toString(), file(file), Catalog.class);
    }

    /** A templates file. */
    public static TemplateLibrary templates(Path file) {
        return templates(file.toString(), file(file));
    }

    /** A scenario file. */
    public static Scenario scenario(Path file) {
        return ScenarioReader.read(file.toString(), file(file), null);
    }

    /** A sustainability thresholds file ({@code samples/sustainability-rules.json}); missing figures take their defaults. */
    public static Thresholds thresholds(Path file) {
        return plain(file.toString(), file(file), Thresholds.class);
    }

    /** A scenario from JSON text (the API's request body); {@code source} names it in messages. */
    public static Scenario scenario(String source, byte[] json) {
        return ScenarioReader.read(source, json, null);
    }

    /** Any value of the given type from JSON bytes, with messages naming {@code source}. */
    public static <T> T parse(String source, byte[] json, Class<T> type) {
        ObjectMapper m = Json.mapper();
        try {
            T value = m.readValue(json, type);
            if (value == null) {
                throw new JsonInputException(source + ": is empty; expected a JSON object", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw Json.problem(source, e);
        } catch (IOException e) {
            throw new JsonInputException(source + ": could not be read: " + e.getMessage(), e);
        }
    }

    private static TemplateLibrary templates(String source, byte[] json) {
        TypeReference<List<TemplateDefinition>> type = new TypeReference<>() { };
        try {
            @SuppressWarnings("unchecked")
            List<TemplateDefinition> plain = (List<TemplateDefinition>) RecordJson.read(json, type.getType());
            return new TemplateLibrary(plain != null ? plain : Json.mapper().readValue(json, type));
        } catch (JsonProcessingException e) {
            throw Json.problem(source, e);
        } catch (IOException e) {
            throw new JsonInputException(source + ": could not be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new JsonInputException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * A value of a plain record type (no custom Jackson handling): read without the mapper when the input is
     * well formed, else by {@link #parse} (the same value, or the message naming the place at fault).
     */
    private static <T> T plain(String source, byte[] json, Class<T> type) {
        Object value = RecordJson.read(json, type);
        return value != null ? type.cast(value) : parse(source, json, type);
    }

    private static <T> T read(String resource, Class<T> type) {
        return parse(resource, bundled(resource), type);
    }

    private static byte[] bundled(String resource) {
        try (InputStream in = SampleFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample " + resource + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] file(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new JsonInputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new JsonInputException(file + ": could not be read (" + e.getMessage() + ")", e);
        }
    }
}
