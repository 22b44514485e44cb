package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the holdings import's corpus ({@code planner/src/test/resources/holdings-corpus},
 * outcomes in its {@code expected.tsv}) uploaded over HTTP, to the API and to the page: the good
 * ones make a scenario with the expected number of holdings, every other one gets a 4xx with the
 * import's reason, none a 500, and the server stays up with nothing half-saved.
 */
class HostileCorpusHttpTest {

    @TempDir
    Path dir;

    private static Path corpus() {
        String p = System.getProperty("yieldplan.corpus");
        assertThat(p).as("system property yieldplan.corpus (set by web/pom.xml)").isNotNull();
        return Path.of(p);
    }

    @Test
    void everyCorpusFileIsImportedOrRefusedWith4xx() throws Exception {
        List<String[]> rows = Files.readAllLines(corpus().resolve("expected.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", 3)).toList();
        assertThat(rows).hasSizeGreaterThan(20);
        TestSite.run(dir, (site, http) -> {
            int imported = 0;
            for (String[] row : rows) {
                byte[] bytes = Files.readAllBytes(corpus().resolve(row[0]));
                Http.Resp api = http.upload("/api/holdings", row[0], bytes, Map.of());
                Http.Resp page = http.upload("/upload", row[0], bytes, Map.of());
                if (row[1].equals("imported")) {
                    assertThat(api.status()).as(row[0]).isEqualTo(201);
                    assertThat(ApiHttpTest.json(api).get("holdings").asInt()).as(row[0]).isEqualTo(Integer.parseInt(row[2]));
                    assertThat(page.status()).as(row[0]).isEqualTo(303);
                    imported += 2;
                } else {
                    assertThat(api.status()).as(row[0] + " (API)").isBetween(400, 499);
                    if (row[2].contains("not a spreadsheet")) {
                        assertThat(api.status()).as(row[0] + ": not a format yieldplan reads").isEqualTo(415);
                    }
                    JsonNode error = ApiHttpTest.json(api);
                    assertThat(error.get("error").asText()).as(row[0]).contains(row[2]);
                    assertThat(page.status()).as(row[0] + " (page)").isBetween(400, 499);
                    assertThat(page.body()).as(row[0]).contains("<form").doesNotContain("Exception");
                }
            }
            assertThat(site.library().store().uploadCount()).isEqualTo(imported);
            assertThat(site.library().store().list()).hasSize(imported);
            assertThat(http.get("/api/health").status()).isEqualTo(200);
        });
    }
}
