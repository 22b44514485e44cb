package org.yieldplan.holdings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yieldplan.json.SampleFiles;

/** Runs every file of the bad-and-hostile corpus and expects its documented outcome. */
class HoldingsCorpusTest {

    private static final Path DIR = HoldingsCorpus.DIR;
    private final HoldingsReader reader = new HoldingsReader(SampleFiles.catalog());

    static Stream<Arguments> expected() throws IOException {
        return Files.readAllLines(DIR.resolve("expected.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(f -> Arguments.of(f[0], f[1], f[2]));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("expected")
    void everyCorpusFile_hasItsDocumentedOutcome(String file, String outcome, String detail) {
        Path p = DIR.resolve(file);
        if (outcome.equals("refused")) {
            assertThatThrownBy(() -> reader.read(p)).isExactlyInstanceOf(ImportRefused.class)
                    .hasMessageStartingWith(file + ": ").hasMessageContaining(detail);
        } else {
            assertThat(outcome).isEqualTo("imported");
            assertThat(reader.read(p).holdings()).hasSize(Integer.parseInt(detail));
        }
    }

    @Test
    void everyFileInTheCorpus_isListed() throws IOException {
        Set<String> listed = expected().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> present = files.map(f -> f.getFileName().toString())
                    .filter(n -> !n.equals("expected.tsv") && !n.equals("README.md")).toList();
            assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
        }
    }

    /**
     * The row limit, on a reader limited to {@value #SMALL_LIMIT} rows: the same code path as the default 200,000
     * (a file of that size is the benchmark's, bench/commands.sh), at a size the suite can afford.
     */
    private static final int SMALL_LIMIT = 2_000;
    private final HoldingsReader limited = new HoldingsReader(SampleFiles.catalog(),
            new ImportLimits(SMALL_LIMIT, ImportLimits.DEFAULT.maxFileBytes()));

    @Test
    void theDefaultRowLimit_is200000() {
        assertThat(ImportLimits.DEFAULT.maxRows()).isEqualTo(200_000);
    }

    @Test
    void sheetOverTheRowLimit_isRefusedSayingTheLimit(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("rows-2001.xlsx");
        Files.write(big, HoldingsCorpus.manyRows(SMALL_LIMIT + 1));
        assertThatThrownBy(() -> limited.read(big)).isExactlyInstanceOf(ImportRefused.class)
                .hasMessageContaining("more than 2,000 rows; yieldplan reads at most 2,000 holdings");
    }

    @Test
    void sheetAtTheRowLimit_isRead(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("rows-2000.xlsx");
        Files.write(big, HoldingsCorpus.manyRows(SMALL_LIMIT));
        HoldingsImport r = limited.read(big);
        assertThat(r.holdings()).hasSize(SMALL_LIMIT);
        // rows are T2..T2001 with value = the row number: Σ r for r = 2..2001
        double n = SMALL_LIMIT + 1;
        assertThat(r.portfolio().totalValue()).isEqualTo(n * (n + 1) / 2 - 1);
    }
}
