package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is saved is there after the server stops and starts again on the same data folder. */
class RestartTest {

    @TempDir
    Path dir;

    @Test
    void savedScenariosAndUploadsSurviveARestart() {
        AtomicReference<String> apiId = new AtomicReference<>();
        AtomicReference<String> uploadId = new AtomicReference<>();
        TestSite.run(dir, (site, http) -> {
            apiId.set(ApiHttpTest.json(http.postJson("/api/scenarios",
                    "{\"name\": \"Kept\", \"amountUsd\": 77000, \"template\": \"income-core\", \"horizonYears\": 12}")).get("id").asText());
            uploadId.set(ApiHttpTest.json(http.upload("/api/holdings", "kept.json",
                    UploadHttpTest.HOLDINGS.getBytes(), Map.of())).get("id").asText());
        });
        TestSite.run(dir, (site, http) -> {
            String page = http.get("/scenarios/" + apiId.get()).body();
            assertThat(page).contains("Kept").contains("$77,000");
            assertThat(http.get("/scenarios/" + uploadId.get()).body()).contains("Imported from kept.json");
            assertThat(http.get("/").body()).contains("/scenarios/" + apiId.get()).contains("/scenarios/" + uploadId.get());
        });
    }
}
