package org.yieldplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Holds DESIGN.md's line: calculations import no I/O library; POI only in holdings (reading) and workbook (writing), Jackson only in json. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/yieldplan");
    private static final List<String> IO_LIBRARIES = List.of("org.apache.poi", "com.fasterxml.jackson", "io.javalin");

    @Test
    void calculationAndModelPackages_importNoPoiJacksonOrJavalin() throws IOException {
        List<String> offences = new ArrayList<>();
        for (String pkg : List.of("portfolio", "market", "template", "income", "withdrawal", "simulation",
                "sustainability", "rebalance", "scenario", "input")) {
            offences.addAll(imports(pkg, IO_LIBRARIES));
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void poiOnlyInHoldingsAndWorkbook_jacksonOnlyInJson() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(MAIN)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                String pkg = d.getFileName().toString();
                Map<String, List<String>> owners = Map.of("org.apache.poi", List.of("holdings", "workbook"),
                        "com.fasterxml.jackson", List.of("json"));
                owners.forEach((lib, homes) -> {
                    if (!homes.contains(pkg)) {
                        offences.addAll(imports(pkg, List.of(lib)));
                    }
                });
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void everyPackage_hasAPackageInfoStatingItsContract() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                assertThat(d.resolve("package-info.java")).as(d.toString()).exists();
            }
        }
    }

    private static List<String> imports(String pkg, List<String> libraries) {
        Path dir = MAIN.resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    for (String lib : libraries) {
                        if (line.startsWith("import " + lib) || line.startsWith("import static " + lib)) {
                            out.add(f + ": " + line);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
