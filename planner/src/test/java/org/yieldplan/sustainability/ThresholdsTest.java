package org.yieldplan.sustainability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.yieldplan.json.SampleFiles;

class ThresholdsTest {

    @Test
    void theSampleRulesFile_statesExactlyTheDefaults() {
        Path file = Path.of(System.getProperty("yieldplan.samples"), "sustainability-rules.json");
        assertThat(SampleFiles.thresholds(file)).isEqualTo(Thresholds.defaults());
    }

    @Test
    void aPartialFile_keepsTheDefaultsForWhatItLeavesOut() {
        Thresholds t = SampleFiles.parse("rules", "{\"protocolShare\": 0.3}".getBytes(StandardCharsets.UTF_8), Thresholds.class);
        assertThat(t.protocolShare()).isEqualTo(0.3);
        assertThat(t.chainShare()).isEqualTo(0.5);
        assertThat(t.maxApy()).isEqualTo(1.0);
        assertThat(t.rules()).filteredOn(r -> r instanceof Concentration).singleElement()
                .isEqualTo(new Concentration(0.3, 0.5, 0.4));
    }

    @Test
    void aShareAboveOne_isRefusedNamingTheField() {
        assertThatThrownBy(() -> SampleFiles.parse("rules.json", "{\"chainShare\": 1.5}".getBytes(StandardCharsets.UTF_8),
                Thresholds.class)).hasMessageContaining("rules.json").hasMessageContaining("chainShare");
        assertThatThrownBy(() -> SampleFiles.parse("rules.json", "{\"chainShares\": 0.5}".getBytes(StandardCharsets.UTF_8),
                Thresholds.class)).hasMessageContaining("unknown field 'chainShares'");
    }

    @Test
    void everyRuleHasItsOwnIdentifier() {
        assertThat(Thresholds.defaults().rules()).extracting(Rule::id).doesNotHaveDuplicates().hasSize(13);
    }
}
