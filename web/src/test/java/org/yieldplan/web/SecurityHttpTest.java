package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.web.pages.Downloads;

/** Headers, escaping, cross-site refusal and file names. */
class SecurityHttpTest {

    @TempDir
    Path dir;

    @Test
    void pagesApiAndErrorsCarryTheSecurityHeaders() {
        TestSite.run(dir, (site, http) -> {
            for (String path : new String[] {"/", "/scenarios/retiree", "/api/scenarios", "/nope", "/api/scenarios/nope", "/css/site.css"}) {
                Http.Resp r = http.get(path);
                assertThat(r.header("Content-Security-Policy")).as(path).contains("default-src 'self'")
                        .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
                assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
                assertThat(r.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            }
        });
    }

    @Test
    void pagesHaveNoInlineScript() {
        TestSite.run(dir, (site, http) -> {
            for (String path : new String[] {"/", "/scenarios/supplemental-income", "/scenarios/new", "/upload", "/templates"}) {
                String body = http.get(path).body();
                assertThat(body).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                        .doesNotContain(" onclick=").doesNotContain(" onload=");
            }
        });
    }

    @Test
    void scriptInAScenarioNameShowsAsText() {
        TestSite.run(dir, (site, http) -> {
            String evil = "<script>alert('x')</script>";
            Http.Resp created = http.postJson("/api/scenarios", "{\"name\": \"" + evil + "\", \"description\": \"<img src=x onerror=alert(1)>\","
                    + " \"amountUsd\": 1000, \"template\": \"income-core\", \"horizonYears\": 5}");
            assertThat(created.status()).isEqualTo(201);
            String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            for (String path : new String[] {"/", "/scenarios/" + id, "/scenarios/" + id + "/edit"}) {
                String body = http.get(path).body();
                assertThat(body).as(path).doesNotContain(evil).doesNotContain("<img src=x")
                        .contains("&lt;script&gt;alert(");
            }
        });
    }

    @Test
    void crossSiteStateChangesAreRefusedAndNothingIsStored() {
        TestSite.run(dir, (site, http) -> {
            String json = "{\"name\": \"x\", \"amountUsd\": 1000, \"template\": \"income-core\", \"horizonYears\": 5}";
            assertThat(http.postJson("/api/scenarios", json, "Origin", "https://evil.example").status()).isEqualTo(403);
            assertThat(http.postJson("/api/scenarios", json, "Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);
            assertThat(http.postJson("/api/scenarios", json, "Origin", "null").status()).isEqualTo(403);
            assertThat(http.postForm("/scenarios", Map.of("name", "x", "source", "template", "template", "income-core",
                    "amountUsd", "1000", "horizonYears", "5"), "Origin", "http://attacker.test").status()).isEqualTo(403);
            assertThat(http.upload("/api/holdings", "h.json", "[{\"asset\":\"ETH\",\"valueUsd\":1000,\"bucket\":\"staking\"}]".getBytes(),
                    Map.of(), "Sec-Fetch-Site", "cross-site").status()).isEqualTo(403);
            Http.Resp refused = http.postJson("/api/scenarios", json, "Origin", "https://evil.example");
            assertThat(refused.body()).contains("cross-site");
            assertThat(site.library().store().list()).isEmpty();
            assertThat(site.library().store().uploadCount()).isZero();

            // the site's own origin, and same-site fetches, pass
            assertThat(http.postJson("/api/scenarios", json, "Origin", http.base(), "Sec-Fetch-Site", "same-origin").status())
                    .isEqualTo(201);
            assertThat(site.library().store().list()).hasSize(1);
        });
    }

    @Test
    void downloadNamesAreSanitised() {
        assertThat(Downloads.safeName("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(Downloads.safeName("Retraite \"anticipée\"\r\nX-Evil: 1")).isEqualTo("retraite-anticipee-x-evil-1");
        assertThat(Downloads.safeName("<script>")).isEqualTo("script");
        assertThat(Downloads.safeName("")).isEqualTo("scenario");
        assertThat(Downloads.safeName("a".repeat(200))).hasSize(60);
        assertThat(Downloads.attachment("x\"y", "xlsx")).isEqualTo("attachment; filename=\"x-y.xlsx\"; filename*=UTF-8''x-y.xlsx");
    }
}
