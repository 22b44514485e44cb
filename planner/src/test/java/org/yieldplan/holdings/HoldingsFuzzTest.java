package org.yieldplan.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.yieldplan.json.SampleFiles;

/**
 * Jazzer fuzz test over the import entry point. The normal test run replays the inputs in
 * {@code src/test/resources/org/yieldplan/holdings/HoldingsFuzzTestInputs/} (regression mode);
 * {@code JAZZER_FUZZ=1 mvn -pl planner test -Dtest=HoldingsFuzzTest} fuzzes for new inputs.
 */
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
