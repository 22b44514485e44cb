package org.yieldplan.holdings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every input the fuzzer has kept ({@link HoldingsFuzzTest}'s regression inputs) is imported or refused, nothing else. */
class HoldingsFuzzInputsTest {

    static Stream<Path> inputs() throws IOException, URISyntaxException {
        Path dir = Path.of(HoldingsFuzzInputsTest.class
                .getResource("HoldingsFuzzTestInputs/anyBytes_areImportedOrRefused").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void everyKeptInput_isImportedOrRefused(Path input) throws IOException, URISyntaxException {
        assertThat(inputs()).hasSizeGreaterThanOrEqualTo(3);
        new HoldingsFuzzTest().anyBytes_areImportedOrRefused(Files.readAllBytes(input));
    }
}
