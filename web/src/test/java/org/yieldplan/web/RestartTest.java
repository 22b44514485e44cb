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
        AtomicReference<String> owner = new AtomicReference<>();
        TestSite.run(dir, (site, http) -> {
            var created = ApiHttpTest.json(http.postJson("/api/scenarios",
                    "{\"name\": \"Kept\", \"amountUsd\": 77000, \"template\": \"income-core\", \"horizonYears\": 12}"));
            apiId.set(created.get("id").asText());
            owner.set(created.get("ownerToken").asText());
            uploadId.set(ApiHttpTest.json(http.upload("/api/holdings", "kept.json",
                    UploadHttpTest.HOLDINGS.getBytes(), Map.of())).get("id").asText());
        });
        TestSite.run(dir, (site, http) -> {
            // the same browser (its owner token) after the restart; the list's figures were kept with the scenario
            String[] mine = {org.yieldplan.web.security.OwnerToken.HEADER, owner.get()};
            String page = http.get("/scenarios/" + apiId.get(), mine).body();
            assertThat(page).contains("Kept").contains("$77,000");
            assertThat(http.get("/scenarios/" + uploadId.get(), mine).body()).contains("Imported from kept.json");
            assertThat(http.get("/", mine).body()).contains("/scenarios/" + apiId.get()).contains("/scenarios/" + uploadId.get())
                    .contains("$77,000");
            assertThat(http.get("/scenarios/" + apiId.get()).status()).as("another browser").isEqualTo(404);
        });
    }
}
