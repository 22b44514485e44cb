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
 * none of them holds a holdings table, so each must be refused with a message that says why, and
 * none may get past the reader as anything but {@link ImportRefused}.
 */
class RealFilesTest {

    private static final Path REAL = Path.of("src/test/resources/real");
    private final HoldingsReader reader = new HoldingsReader(SampleFiles.catalog());

    static Stream<Path> files(String dir) throws IOException {
        Path d = REAL.resolve(dir);
        assertThat(d).as("the real test files copied into the repository").isDirectory();
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(Files::isRegularFile).sorted().toList().stream();
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("exports")
    void exchangeExports_areNotTakenForHoldings(Path file) {
        String m = refusal(file);
        String name = file.getFileName().toString();
        if (name.startsWith("gemini_") || name.startsWith("bybit_") || name.contains("UsTaxTransactions")) {
            assertThat(m).contains("is a transaction history", "not a list of holdings");
        }
    }
}
