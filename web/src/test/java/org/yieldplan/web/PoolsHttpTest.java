package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.json.Json;

/** The pool screen over real HTTP: every pool of the bundled snapshot, filters, sort, pages and bad parameters. */
class PoolsHttpTest {

    @TempDir
    Path dir;

    @Test
    void theApi_listsEveryPoolOfTheSnapshot_acrossItsPages() {
        TestSite.run(dir, (site, http) -> {
            JsonNode first = json(http, "/api/pools?size=500");
            assertThat(first.get("total").asInt()).isEqualTo(1_134);            // the snapshot's pools (fixture README)
            assertThat(first.get("pages").asInt()).isEqualTo(3);
            List<String> ids = new ArrayList<>();
            for (int p = 1; p <= 3; p++) {
                json(http, "/api/pools?size=500&page=" + p).get("pools").forEach(n -> ids.add(n.get("pool").asText()));
            }
            assertThat(ids).hasSize(1_134).doesNotHaveDuplicates();
            JsonNode top = first.get("pools").get(0);
            assertThat(top.get("probDown").asDouble()).isBetween(0.0, 1.0);
            assertThat(top.has("sustainableApy")).isTrue();
        });
    }

    @Test
    void filtersAndSort_selectWhatTheyName() {
        TestSite.run(dir, (site, http) -> {
            JsonNode base = json(http, "/api/pools?chain=Base&size=500");
            base.get("pools").forEach(n -> assertThat(n.get("chain").asText()).isEqualTo("Base"));
            JsonNode above = json(http, "/api/pools?flag=apy-above-limit&sort=apy&dir=asc&size=500");
            assertThat(above.get("total").asInt()).isEqualTo(119);             // the fixture README: 119 rows above 100 %
            double last = 0;
            for (JsonNode n : above.get("pools")) {
                assertThat(n.get("apy").asDouble()).isGreaterThan(1.0).isGreaterThanOrEqualTo(last);
                assertThat(n.get("sustainableApy").asDouble()).isZero();
                last = n.get("apy").asDouble();
            }
            JsonNode stable = json(http, "/api/pools?stablecoin=true&size=500");
            stable.get("pools").forEach(n -> assertThat(n.get("stablecoin").asBoolean()).isTrue());
            JsonNode drops = json(http, "/api/pools?flag=likely-drop&size=500");
            drops.get("pools").forEach(n -> assertThat(n.get("probDown").asDouble()).isGreaterThanOrEqualTo(0.5));
        });
    }

    @Test
    void thePage_showsThePoolsWithTheirFlagsAndLinks() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.get("/pools?flag=apy-above-limit");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("Pool screen").contains("119 pools").contains("apy-above-limit")
                    .contains("href=\"/pools\"");
        });
    }

    @Test
    void aBadParameter_isA400NamingIt() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.get("/api/pools?sort=colour");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.body()).contains("sort: one of");
            assertThat(http.get("/api/pools?size=0").status()).isEqualTo(400);
            assertThat(http.get("/api/pools?page=x").body()).contains("page: a whole number");
        });
    }

    private static JsonNode json(Http http, String path) throws Exception {
        Http.Resp r = http.get(path);
        assertThat(r.status()).as(path).isEqualTo(200);
        return Json.mapper().readTree(r.body());
    }
}
