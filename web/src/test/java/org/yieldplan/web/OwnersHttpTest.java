package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.web.security.OwnerToken;

/**
 * Owners: the browser that saves a scenario owns it (an owner token in an HttpOnly, SameSite=Strict
 * cookie, stored hashed); another browser can neither list, see, change nor share it; a share link
 * lets anyone read it, never change it.
 */
class OwnersHttpTest {

    private static final String MINE = "{\"name\": \"Owned plan\", \"amountUsd\": 150000, \"template\": \"income-core\","
            + " \"horizonYears\": 8}";

    @TempDir
    Path dir;

    @Test
    void aStrangersBrowserCannotListSeeEditOrShareAnothersScenarioButTheOwnerCan() {
        TestSite.run(dir, (site, owner) -> {
            Http.Resp created = owner.postJson("/api/scenarios", MINE);
            assertThat(created.status()).isEqualTo(201);
            String id = ApiHttpTest.json(created).get("id").asText();
            String token = ApiHttpTest.json(created).get("ownerToken").asText();
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            assertThat(created.header("Set-Cookie")).contains(OwnerToken.COOKIE + "=" + token).contains("HttpOnly")
                    .contains("SameSite=Strict").contains("Path=/");
            // only the hash is stored
            var stored = site.library().store().find(id).orElseThrow();
            assertThat(stored.ownerHash()).isEqualTo(OwnerToken.hash(token)).isNotEqualTo(token);

            Http stranger = owner.stranger();
            assertThat(stranger.get("/").body()).doesNotContain(id).doesNotContain("Owned plan");
            assertThat(ApiHttpTest.json(stranger.get("/api/scenarios")).findValuesAsText("id")).doesNotContain(id);
            for (String path : new String[] {"/scenarios/" + id, "/api/scenarios/" + id, "/scenarios/" + id + "/edit",
                    "/scenarios/" + id + "/projection.xlsx", "/scenarios/" + id + "/result.json"}) {
                assertThat(stranger.get(path).status()).as(path).isEqualTo(404);
            }
            Http.Resp edit = stranger.postForm("/scenarios/" + id, Map.of("name", "Taken over", "source", "template",
                    "template", "income-core", "amountUsd", "1", "horizonYears", "5"));
            assertThat(edit.status()).isEqualTo(404);
            assertThat(stranger.postJson("/api/scenarios/" + id + "/share", "").status()).isEqualTo(404);
            assertThat(site.library().store().find(id).orElseThrow().scenario().name()).isEqualTo("Owned plan");

            // the owner lists, sees and changes it
            assertThat(owner.get("/").body()).contains("/scenarios/" + id).contains("Owned plan");
            assertThat(ApiHttpTest.json(owner.get("/api/scenarios")).findValuesAsText("id")).contains(id);
            assertThat(owner.get("/scenarios/" + id).body()).contains("Make a share link").contains("/edit");
            Http.Resp saved = owner.postForm("/scenarios/" + id, FormHttpTest.form(owner, "/scenarios/" + id + "/edit",
                    Map.of("name", "Owned plan, changed")));
            assertThat(saved.status()).isEqualTo(303);
            assertThat(site.library().store().find(id).orElseThrow().scenario().name()).isEqualTo("Owned plan, changed");

            // a script holding the token (no cookie) is the owner too
            Http script = owner.stranger();
            assertThat(script.get("/api/scenarios/" + id, OwnerToken.HEADER, token).status()).isEqualTo(200);
        });
    }

    @Test
    void aShareLinkIsReadOnlyAndANewLinkRevokesTheOld() {
        TestSite.run(dir, (site, owner) -> {
            String id = ApiHttpTest.json(owner.postJson("/api/scenarios", MINE)).get("id").asText();
            Http.Resp shared = owner.postJson("/api/scenarios/" + id + "/share", "");
            assertThat(shared.status()).isEqualTo(201);
            String link = ApiHttpTest.json(shared).get("url").asText();
            assertThat(link).matches("/scenarios/" + id + "\\?share=[A-Za-z0-9_-]{43}");
            String query = link.substring(link.indexOf('?'));

            Http reader = owner.stranger();
            String page = reader.get(link).body();
            assertThat(page).contains("Owned plan").contains("read-only").doesNotContain("/scenarios/" + id + "/edit")
                    .doesNotContain("Make a share link").contains("/projection.xlsx" + query);
            // no control the reader cannot use: only Copy, through the link
            assertThat(page).doesNotContain("/scenarios/" + id + "/rename").doesNotContain("/scenarios/" + id + "/delete")
                    .doesNotContain("/scenarios/" + id + "/holdings").contains("/scenarios/" + id + "/copy" + query);
            Http.Resp copied = reader.postForm("/scenarios/" + id + "/copy" + query, Map.of());
            assertThat(copied.status()).as(copied.body()).isEqualTo(303);
            assertThat(reader.get(copied.header("Location")).body()).contains("Owned plan (copy)");
            assertThat(reader.get("/api/scenarios/" + id + query).status()).isEqualTo(200);
            assertThat(reader.get("/scenarios/" + id + "/projection.xlsx" + query).status()).isEqualTo(200);
            // reading is all it allows
            assertThat(reader.get("/scenarios/" + id + "/edit" + query).status()).isEqualTo(403);
            assertThat(reader.postForm("/scenarios/" + id + query, Map.of("name", "Defaced", "source", "template",
                    "template", "income-core", "amountUsd", "1", "horizonYears", "5")).status()).isEqualTo(403);
            assertThat(reader.postJson("/api/scenarios/" + id + "/share" + query, "").status()).isEqualTo(403);
            assertThat(ApiHttpTest.json(reader.get("/api/scenarios")).findValuesAsText("id")).doesNotContain(id);
            assertThat(site.library().store().find(id).orElseThrow().scenario().name()).isEqualTo("Owned plan");

            // the page form makes a link too, shown to the owner; the first link stops working
            Http.Resp again = owner.postForm("/scenarios/" + id + "/share", Map.of());
            assertThat(again.status()).isEqualTo(303);
            assertThat(owner.get(again.header("Location")).body()).contains("Read-only share link");
            assertThat(reader.get(link).status()).isEqualTo(404);
            assertThat(owner.stranger().get(again.header("Location").replace("&made=1", "")).status()).isEqualTo(200);
        });
    }

    @Test
    void samplesAreForEveryoneAndReadOnly() {
        TestSite.run(dir, (site, http) -> {
            Http stranger = http.stranger();
            assertThat(stranger.get("/scenarios/retiree").status()).isEqualTo(200);
            assertThat(stranger.get("/scenarios/retiree/edit").status()).isEqualTo(200);
            assertThat(stranger.postJson("/api/scenarios/retiree/share", "").status()).isEqualTo(403);
            JsonNode list = ApiHttpTest.json(stranger.get("/api/scenarios"));
            assertThat(list.findValuesAsText("id")).contains("retiree");
        });
    }
}
