package org.yieldplan.pools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.DefiLlamaFiles;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Catalog;

/**
 * A CSV's lines are what splitting at a regular expression gives, for every way lines can end; a pool's prediction
 * what searching its whole cell gives, and its tokens what scanning the catalog's wrapped tokens gives, on every pool
 * of the bundled list and on odd input.
 */
class CsvRowsTest {

    private static final Pattern CLASS = Pattern.compile("'?predictedClass'?\\s*:\\s*'?([A-Za-z/]+)'?");
    private static final Pattern PROBABILITY = Pattern.compile("'?predictedProbability'?\\s*:\\s*([0-9.]+|None|null)");

    @Test
    void tokens_unwrapAsAScanOfTheCatalogsWrappedTokensDoes_forEveryBundledPool() throws Exception {
        Catalog catalog = SampleFiles.catalog();
        List<String> symbols = new ArrayList<>(List.of("weth", "WETH-usdc", "wBtC / eth", "stETH-ETH", "ETH", " "));
        for (Pool p : DefiLlamaFiles.bundledPools()) {
            symbols.add(p.symbol());
        }
        catalog.wrappedTokens().keySet().forEach(k -> symbols.add(k.toLowerCase(java.util.Locale.ROOT) + "-x"));
        int unwrapped = 0;
        for (String symbol : symbols) {
            List<String> expected = new ArrayList<>();
            for (String leg : Catalog.legs(symbol)) {
                expected.add(catalog.wrappedTokens().entrySet().stream().filter(w -> w.getKey().equalsIgnoreCase(leg))
                        .map(java.util.Map.Entry::getValue).findFirst().orElse(leg).toUpperCase(java.util.Locale.ROOT));
            }
            expected.sort(null);
            List<String> tokens = CatalogRefresh.tokens(catalog, symbol);
            assertThat(tokens).as(symbol).isEqualTo(expected);
            unwrapped += tokens.equals(Catalog.legs(symbol).stream().map(l -> l.toUpperCase(java.util.Locale.ROOT))
                    .sorted().toList()) ? 0 : 1;
        }
        assertThat(unwrapped).as("symbols with a wrapped token").isGreaterThan(10);
    }


    @Test
    void predictions_areWhatASearchOfTheWholeCellGives() throws Exception {
        CsvRows rows = new CsvRows(PoolText.of(DefiLlamaFiles.BUNDLED_POOLS,
                getClass().getClassLoader().getResourceAsStream(DefiLlamaFiles.BUNDLED_POOLS).readAllBytes()));
        int column = rows.required("predictions");
        List<String> cells = new ArrayList<>(List.of("", "predictedClass", "x'predictedClass': 'Down' predictedProbability: 7",
                "{predictedClass : Stable/Up, 'predictedProbability': None}", "'predictedClass'", "predictedProbability: 5",
                "{'predictedClass': 'Down', 'predictedClass': 'Up', 'predictedProbability': 12.5}",
                "predictedClassX predictedClass:Up predictedProbability:'9' predictedProbability:8"));
        for (int i = 0; i < rows.size(); i++) {
            List<String> f = rows.row(i);
            if (f != null) {
                cells.add(f.get(column));
            }
        }
        int withPrediction = 0;
        for (String cell : cells) {
            Matcher c = CLASS.matcher(cell);
            Matcher p = PROBABILITY.matcher(cell);
            Pool.LlamaPrediction expected = !c.find() || !p.find() || p.group(1).equals("None") || p.group(1).equals("null")
                    ? null : new Pool.LlamaPrediction(c.group(1).equalsIgnoreCase("Down"), Double.parseDouble(p.group(1)) / 100);
            assertThat(PoolCsv.prediction(cell)).as(cell).isEqualTo(expected);
            withPrediction += expected == null ? 0 : 1;
        }
        assertThat(withPrediction).as("pools with a prediction").isGreaterThan(900);   // 913 of its 1,134 pools
    }

    @Test
    void lines_areWhatSplittingAtCrLfOrLfGives() {
        List<String> texts = List.of("", "a", "a\n", "a\r\n", "\n", "\n\n", "\r\n\r\n", "a\nb", "a\r\nb\r\n\r\n",
                "a\r\rb\n", "\r", "a\r", "\ra\n\rb", "a\n\nb\n\n", "x,\"y\"\r\n1,2\n3,4\r\n");
        for (String t : texts) {
            assertThat(CsvRows.lines(t)).as(t.replace("\r", "\\r").replace("\n", "\\n")).containsExactly(t.split("\r?\n"));
        }
        Random random = new Random(7);
        char[] alphabet = {'a', ',', '\r', '\n'};
        for (int k = 0; k < 2_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                b.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String t = b.toString();
            assertThat(CsvRows.lines(t)).as(t.replace("\r", "\\r").replace("\n", "\\n")).containsExactly(t.split("\r?\n"));
        }
    }
}
