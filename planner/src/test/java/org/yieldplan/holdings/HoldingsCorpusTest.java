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

    @Test
    void sheetOverTheDefaultRowLimit_isRefusedSayingTheLimit(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("rows-200001.xlsx");
        Files.write(big, HoldingsCorpus.manyRows(ImportLimits.DEFAULT.maxRows() + 1));
        assertThatThrownBy(() -> reader.read(big)).isExactlyInstanceOf(ImportRefused.class)
                .hasMessageContaining("more than 200,000 rows; yieldplan reads at most 200,000 holdings");
    }

    @Test
    void sheetAtTheDefaultRowLimit_isRead(@TempDir Path tmp) throws IOException {
        Path big = tmp.resolve("rows-200000.xlsx");
        Files.write(big, HoldingsCorpus.manyRows(ImportLimits.DEFAULT.maxRows()));
        HoldingsImport r = reader.read(big);
        assertThat(r.holdings()).hasSize(200_000);
        // rows are T2..T200001 with value = the row number: Σ r for r = 2..200001
        double n = 200_001;
        assertThat(r.portfolio().totalValue()).isEqualTo(n * (n + 1) / 2 - 1);
    }
}
