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
    void aForeignHostNameIsRefusedWith421EvenWithAMatchingOrigin() {
        TestSite.run(dir, (site, http) -> {
            int port = java.net.URI.create(http.base()).getPort();
            String json = "{\"name\": \"x\", \"amountUsd\": 1000, \"template\": \"income-core\", \"horizonYears\": 5}";
            String rebound = raw(port, "POST /api/scenarios HTTP/1.1\r\nHost: evil.example:" + port + "\r\nOrigin: http://evil.example:"
                    + port + "\r\nContent-Type: application/json\r\nContent-Length: " + json.length() + "\r\nConnection: close\r\n\r\n" + json);
            assertThat(rebound).startsWith("HTTP/1.1 421").contains("evil.example");
            assertThat(raw(port, "GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 421");
            assertThat(raw(port, "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 200");
            assertThat(site.library().store().list()).isEmpty();
        });
    }

    @Test
    void theSiteListensOnLoopbackUnlessExposed() {
        assertThat(WebMain.settings(java.util.List.of(), null).host()).isEqualTo("127.0.0.1");
        WebSettings exposed = WebMain.settings(java.util.List.of("--host", "192.168.1.5", "--allowed-host", "nas.local,plan.home"), null);
        assertThat(exposed.host()).isEqualTo("192.168.1.5");
        assertThat(exposed.allowedHosts()).containsExactlyInAnyOrder("192.168.1.5", "nas.local", "plan.home");
    }

    /** One request over a plain socket (the JDK client will not send a foreign Host header); the whole answer. */
    static String raw(int port, String request) throws java.io.IOException {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
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
