package org.yieldplan.holdings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yieldplan.json.SampleFiles;

/**
 * The real awkward, hostile and exported files in {@code src/test/resources/real} (each folder's README gives sources and licences):
 * the spreadsheets hold no holdings table, so each must be refused with a message that says why; the exchange exports
 * import as transaction histories or are refused naming what they are; and
 * none may get past the reader as anything but {@link ImportRefused}.
 */
class RealFilesTest {

    private static final Path REAL = Path.of("src/test/resources/real");
    private final HoldingsReader reader = new HoldingsReader(SampleFiles.catalog());

    static Stream<Path> files(String dir) throws IOException {
        Path d = REAL.resolve(dir);
        assertThat(d).as("the real test files copied into the repository").isDirectory();
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md")).sorted()
                    .toList().stream();
        }
    }

    static Stream<Path> odd() throws IOException {
        return files("spreadsheets/odd");
    }

    static Stream<Path> hostile() throws IOException {
        return files("spreadsheets/hostile");
    }

    static Stream<Path> exports() throws IOException {
        return files("exports");
    }

    private String refusal(Path file) {
        Throwable t = catchThrowable(() -> reader.read(file));
        assertThat(t).as(file.toString()).isExactlyInstanceOf(ImportRefused.class);
        assertThat(t.getMessage()).startsWith(file.getFileName() + ": ").doesNotContain("Exception", "\n");
        return t.getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("odd")
    void oddButValidWorkbooks_areReadThrough_andRefusedOnlyForHavingNoHoldingsTable(Path file) {
        String m = refusal(file);
        if (file.getFileName().toString().contains("strict")) {
            assertThat(m).contains("a Strict Open XML workbook");
        } else {
            assertThat(m).contains("no holdings table found");
        }
    }

    @Test
    void oddWorkbooksWithHiddenSheets_sayTheHiddenSheetsWereNotRead() {
        for (String f : List.of("calamine_any_sheets.xlsx", "fastexcel_VeryHidden.xlsx", "fastexcel_withHidden.xlsx",
                "poi_TwoSheetsOneHidden.xlsx", "phpspreadsheet_HiddenSheet.xlsx")) {
            assertThat(refusal(REAL.resolve("spreadsheets/odd").resolve(f))).contains("hidden sheets were not read");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileFiles_areRefusedWithAMessage(Path file) {
        refusal(file);
    }

    @Test
    void hostileFiles_areRefusedForTheRightReason() {
        Map<String, String> why = Map.of(
                "poi_protected_passtika.xlsx", "password-protected; remove the password",
                "excelize_encryptAES.xlsx", "password-protected; remove the password",
                "calamine_pass_protected.xlsx", "password-protected; remove the password",
                "poi_poc-xmlbomb.xlsx", "DOCTYPE",
                "phpspreadsheet_utf8entity.dontuse", "DOCTYPE",
                "poi_clusterfuzz-testcase-minimized-POIXSSFFuzzer-6123461607817216.xlsx", "damaged or incomplete",
                "poi_clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx", "damaged or incomplete",
                "excel-streaming-reader_corrupt.xlsx", "damaged or incomplete",
                "fastexcel_invalid_only-content-types.xlsx", "no workbook in it",
                "poi_openxml4j_invalid.xlsx", "a zip archive, not an Excel workbook");
        why.forEach((f, m) -> assertThat(refusal(REAL.resolve("spreadsheets/hostile").resolve(f))).as(f).contains(m));
    }

    /** What each export is read as: the layout yieldplan reads, or the kind named when it refuses it. */
    private static final Map<String, String> EXPORT_KINDS = Map.ofEntries(
            Map.entry("coinbase_UsTaxTransactionsReport.csv", "Coinbase transaction report"),
            Map.entry("coinbase_buyone_sellone.csv", "a Coinbase account history (2 rows) after which nothing"),
            Map.entry("coinbase_coinbase_2013_to_present.csv", "Coinbase account history"),
            Map.entry("coinbase_multi_asset_coinbase.csv", "a Coinbase account history (4 rows) after which nothing"),
            Map.entry("coinbase_sample_coinbase.csv", "Coinbase account history"),
            Map.entry("coinbase-pro_fills.csv", "Coinbase Pro fills"),
            Map.entry("binance_binance.xlsx", "Binance trade history"),
            Map.entry("binance_binance-ambiguous-date.xlsx", "Binance trade history"),
            Map.entry("binance_binance-yabc-sample.xlsx", "Binance trade history"),
            Map.entry("gemini_gemini.csv", "Gemini transaction history"),
            Map.entry("gemini_gemini.xlsx", "Gemini transaction history"),
            Map.entry("gemini_sample_gemini.xlsx", "Gemini transaction history"),
            Map.entry("test_manual_in.csv", "transaction history (generic layout)"),
            Map.entry("test_manual_out.csv", "a transaction history (generic layout) (1 rows) after which nothing"),
            Map.entry("bybit_assets_history_account.xlsx", "a Bybit asset history"),
            Map.entry("localbitcoins_localbitcoins.csv", "a LocalBitcoins trade export"),
            Map.entry("adhoc_adhoc.csv", "a yabc ad-hoc trade list"),
            Map.entry("test_binance_autoinvest.csv", "a Binance Auto-Invest history"),
            Map.entry("test_binance_betheth.csv", "a Binance ETH→BETH conversion history"),
            Map.entry("test_coincheck_buys.csv", "a Coincheck trade export"),
            Map.entry("test_manual_intra.csv", "a dali-rp2 transfer (intra) list"),
            Map.entry("test_pionex_trades.csv", "a Pionex trade export"),
            Map.entry("test_pionex_transfers.csv", "a Pionex transfer export"),
            Map.entry("test_trezor_alice_btc.csv", "a Trezor Suite wallet export"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void exchangeExports_importWithoutErrors_orAreRefusedNamingWhatTheyAre(Path file) {
        String name = file.getFileName().toString();
        String kind = EXPORT_KINDS.get(name);
        assertThat(kind).as("every export in the test resources has its expected kind here: " + name).isNotNull();
        if (kind.contains("after which nothing")) {                  // everything bought was sold or sent
            assertThat(refusal(file)).contains(kind + " is held");
            return;
        }
        if (kind.startsWith("a ")) {
            assertThat(refusal(file)).contains("is " + kind, "does not read", "it reads Coinbase");
            return;
        }
        HoldingsImport r = reader.read(file);
        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.problems(ImportProblem.Severity.ERROR)).as(name).isEmpty();
        assertThat(r.lots()).isNotEmpty();
        for (var h : r.holdings()) {                                  // a holding is the sum of its lots
            assertThat(h.quantity()).isCloseTo(r.lots(h.asset()).stream().mapToDouble(Lot::quantity).sum(),
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
