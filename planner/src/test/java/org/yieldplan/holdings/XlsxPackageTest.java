package org.yieldplan.holdings;

import static java.util.Arrays.asList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yieldplan.json.SampleFiles;

/** The JDK-zip reading of an ordinary .xlsx, the packages it leaves to POI, and its shared strings against POI's. */
class XlsxPackageTest {

    private static final String SST = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    @Test
    void anOrdinaryWorkbook_isReadWithoutPoisPackageReader(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("good.xlsx");
        Files.write(file, TestWorkbooks.xlsx(List.of(
                new TestWorkbooks.SheetSpec("Old", true, 0, List.of(asList("Asset", "Value"), asList("X", 1))),
                TestWorkbooks.SheetSpec.of("Holdings", List.of(asList("Asset", "Value", "Bought"), asList("ETH", 2000,
                        java.time.LocalDate.of(2024, 3, 31)), asList("USDC", 500, null)))), false));
        try (XlsxPackage p = XlsxPackage.open(file)) {
            assertThat(p).isNotNull();
            XlsxStreamReader r = p.reader();
            assertThat(r).isNotNull();
            assertThat(r.sheets()).extracting(XlsxStreamReader.SheetEntry::name, XlsxStreamReader.SheetEntry::hidden)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Old", true),
                            org.assertj.core.groups.Tuple.tuple("Holdings", false));
        }
        HoldingsImport read = new HoldingsReader(SampleFiles.catalog()).read(file);
        assertThat(read.holdings()).extracting(h -> h.asset()).containsExactly("ETH", "USDC");
        assertThat(read.holdings().get(0).acquired()).isEqualTo(java.time.LocalDate.of(2024, 3, 31));   // a date style
    }

    @Test
    void unusualPackages_areLeftToPoi(@TempDir Path tmp) throws IOException {
        byte[] good = HoldingsCorpus.goodHoldings();
        Map<String, byte[]> odd = Map.of(
                "part-without-type.xlsx", HoldingsCorpus.rezip(good, Map.of(), Map.of("xl/notes.bin", new byte[] {1})),
                "external-link.xlsx", HoldingsCorpus.rezip(good, Map.of(), Map.of("xl/externalLinks/externalLink1.xml",
                        "<externalLink/>".getBytes(StandardCharsets.UTF_8))),
                "no-root-relationships.xlsx", without(good, "_rels/.rels"));
        for (Map.Entry<String, byte[]> e : odd.entrySet()) {
            Path file = tmp.resolve(e.getKey());
            Files.write(file, e.getValue());
            assertThat(XlsxPackage.open(file)).as(e.getKey()).isNull();
        }
        for (String corpus : List.of("docx-renamed.xlsx", "calamine_strict_iso_paths.xlsx", "poi_xlsx-corrupted.xlsx")) {
            assertThat(XlsxPackage.open(HoldingsCorpus.DIR.resolve(corpus))).as(corpus).isNull();
        }
    }

    @Test
    void aZipBombInTheSharedStrings_isRefused(@TempDir Path tmp) throws IOException {
        String huge = SST + " count=\"1\" uniqueCount=\"1\"><si><t>" + " ".repeat(4 * 1024 * 1024) + "</t></si></sst>";
        Path file = tmp.resolve("bomb-strings.xlsx");
        Files.write(file, HoldingsCorpus.rezip(TestWorkbooks.xlsx(List.of(asList("Asset", "Value"), asList("ETH", 1))),
                Map.of("xl/sharedStrings.xml", huge.getBytes(StandardCharsets.US_ASCII)), Map.of()));
        assertThatThrownBy(() -> new HoldingsReader(SampleFiles.catalog()).read(file))
                .isExactlyInstanceOf(ImportRefused.class).hasMessageContaining("(a zip bomb), which yieldplan refuses");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        SST + " count=\"3\" uniqueCount=\"3\"><si><t>ETH</t></si><si><t xml:space=\"preserve\"> USD C </t></si>"
                + "<si><r><rPr><b/></rPr><t>Bold</t></r><r><t>er</t></r></si></sst>",
        SST + " count=\"2\"><si><t>漢字</t><rPh sb=\"0\" eb=\"1\"><t>かんじ</t></rPh><phoneticPr fontId=\"1\"/></si>"
                + "<si><rPh><t>only phonetic</t></rPh></si></sst>",
        SST + " count=\"3\"><si><t>line_x000D_break _x005F_x0041_ _xZZZZ_ _x41_</t></si><si><t/></si>"
                + "<si><t>a &amp; b &#x1F600;</t></si></sst>",
        SST + "><si><t>no count: every index reads empty</t></si></sst>",
        SST + " count=\"4\"><si><t>count above the strings</t></si></sst>",
        SST + " count=\"1\"><si><t>one</t></si><si><t>count below the strings</t></si></sst>",
    })
    void sharedStrings_readAsPoisReadOnlyTableReadsThem(String xml) throws Exception {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        SharedStringsPart ours = SharedStringsPart.read(new ByteArrayInputStream(bytes));
        SharedStringsPart pois = SharedStringsPart.of(new ReadOnlySharedStringsTable(new ByteArrayInputStream(bytes)));
        for (int i = -1; i <= 5; i++) {
            assertThat(outcome(ours, i)).as("index %d", i).isEqualTo(outcome(pois, i));
        }
    }

    @Test
    void sharedStringsInAnotherNamespace_areLeftToPoi() {
        String prefixed = "<x:sst xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\">"
                + "<x:si><x:t>A</x:t></x:si></x:sst>";
        String strict = "<sst xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\" count=\"1\"><si><t>A</t></si></sst>";
        for (String xml : List.of(prefixed, strict)) {
            assertThatThrownBy(() -> SharedStringsPart.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(IOException.class);
        }
    }

    private static String outcome(SharedStringsPart strings, int i) {
        try {
            return "'" + strings.at(i) + "'";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static byte[] without(byte[] zip, String entry) throws IOException {
        List<String> names = new ArrayList<>();
        java.util.Map<String, byte[]> kept = new java.util.LinkedHashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                if (!e.getName().equals(entry)) {
                    kept.put(e.getName(), in.readAllBytes());
                }
            }
        }
        assertThat(names).contains(entry);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : kept.entrySet()) {
                z.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
