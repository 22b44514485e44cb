package org.yieldplan.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.yieldplan.json.SampleFiles;

/**
 * Jazzer fuzz test over the import entry point, tagged "fuzz" and run on demand:
 * {@code JAZZER_FUZZ=1 mvn -pl planner test -Pfuzz -Dtest=HoldingsFuzzTest} fuzzes for new inputs, saved in
 * {@code src/test/resources/org/yieldplan/holdings/HoldingsFuzzTestInputs/}. The normal test run replays those inputs
 * through the same check with {@link HoldingsFuzzInputsTest}, without Jazzer's agent (whose start cost 10 s).
 */
@Tag("fuzz")
class HoldingsFuzzTest {

    private static final HoldingsReader READER = new HoldingsReader(SampleFiles.catalog());

    @FuzzTest(maxDuration = "60s")
    void anyBytes_areImportedOrRefused(byte[] data) {
        try {
            HoldingsImport r = READER.read(data, "fuzz.bin");
            assertThat(r.holdings()).isNotEmpty();
        } catch (ImportRefused refused) {
            assertThat(refused.getMessage()).startsWith("fuzz.bin: ");
        }
    }
}
