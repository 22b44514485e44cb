package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yieldplan.web.pages.ScenarioPage;
import org.junit.jupiter.api.io.TempDir;

/** Holdings uploads: success with warnings, limits, hostile files, temp clean-up, concurrency. */
class UploadHttpTest {

    @TempDir
    Path dir;

    static final String HOLDINGS = "[{\"asset\": \"ETH\", \"valueUsd\": 60000, \"bucket\": \"staking\", \"protocol\": \"Lido\"},"
            + " {\"asset\": \"USDC\", \"valueUsd\": 40000, \"bucket\": \"lending\", \"protocol\": \"Aave\"},"
            + " {\"asset\": \"SOL\", \"valueUsd\": -5, \"bucket\": \"staking\"}]";

    @Test
    void anUploadMakesAScenarioAndShowsTheRowsItCouldNotRead() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.upload("/upload", "my holdings.json", HOLDINGS.getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(r.status()).isEqualTo(303);
            String page = http.get(r.header("Location")).body();
            // 60,000 + 40,000: the third row (negative value) is reported, not imported
            assertThat(page).contains("Imported from my holdings.json").contains("$100,000").contains("row(s) could not be read")
                    .contains("valueUsd");
            assertThat(site.library().store().uploadCount()).isEqualTo(1);
        });
    }

    @Test
    void anExchangeHistory_pageSaysWhatWasRecognised_andUnlistedAssetsAreNamed() {
        String history = """
                date,type,asset,quantity,price,fee
                2024-01-10,buy,ETH,2,2000,10
                2024-02-10,buy,ETH,1,3000,5
                2024-03-10,sell,ETH,0.5,3500,7
                2024-04-01,buy,Chainlink,100,15,1
                """;
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.upload("/upload", "trades.csv", history.getBytes(StandardCharsets.UTF_8),
                    Map.of("template", "income-core"));
            assertThat(r.status()).isEqualTo(303);
            String page = http.get(r.header("Location")).body();
            assertThat(page).contains("Transaction history (generic layout), 4 rows → 2 holdings, 3 lots")
                    .contains("read as LINK").contains("LINK (Chainlink, a governance/DeFi token) is not in the catalog");
            // the lots persist with the scenario (one holding each) and the rebalancing's sales are tax-aware
            String id = r.header("Location").replaceAll("^/scenarios/|\\?.*$", "");
            List<org.yieldplan.portfolio.Holding> lots = site.library().store().find(id).orElseThrow().scenario().holdings();
            assertThat(lots).hasSize(3).allSatisfy(h -> assertThat(h.acquired()).isNotNull());
            assertThat(lots).filteredOn(h -> h.asset().equals("ETH")).extracting(h -> h.costBasisUsd())
                    .containsExactly(4010.0 * 1.5 / 2, 3005.0);   // (2 × 2,000 + 10) less a quarter sold; 3,000 + 5
            assertThat(page).contains("id=\"tax-aware\"").contains("Realised gain").contains("lot of 2024-02-10");
            assertThat(http.get("/scenarios/" + id + "/holdings").body()).contains("lot of 2024-01-10");
            JsonNode sale = null;
            for (JsonNode t : ApiHttpTest.json(http.get("/api/scenarios/" + id)).path("rebalance").path("trades")) {
                sale = t.path("side").asText().equalsIgnoreCase("sell") ? t : sale;
            }
            assertThat(sale).as("a sale to bring the growth bucket back to income-core's band").isNotNull();
            // by hand: every lot here is held over a year, so the sale takes the smallest gain per dollar 1 − B/V first
            String bucket = sale.path("key").asText();
            List<org.yieldplan.portfolio.Holding> inBucket = lots.stream().filter(h -> h.bucket().id().equals(bucket))
                    .sorted(java.util.Comparator.comparingDouble(h -> 1 - h.costBasisUsd() / h.valueUsd())).toList();
            double left = sale.path("amount").asDouble();
            double gain = 0;
            int taken = 0;
            for (var h : inBucket) {
                double sold = Math.min(left, h.valueUsd());
                gain += sold * (1 - h.costBasisUsd() / h.valueUsd());
                taken += sold > 0 ? 1 : 0;
                left -= sold;
            }
            assertThat(sale.path("realisedGain").asDouble()).isCloseTo(gain, org.assertj.core.api.Assertions.within(0.01));
            assertThat(sale.path("lotsSold").asInt()).isEqualTo(taken).isPositive();
        });
    }

    @Test
    void anUploadedPriceFile_valuesQuantityOnlyRows_andABadOneIs422NamingLineAndColumn() {
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        byte[] quantities = "Asset,Quantity\nETH,2\nBTC,0.5\n".getBytes(StandardCharsets.UTF_8);
        byte[] prices = ("symbol,priceUsd,asOf\nETH,3000," + today + "\nBTC,60000,2026-01-02\n").getBytes(StandardCharsets.UTF_8);
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.upload("/upload", List.of(new Http.FilePart("file", "coins.csv", quantities),
                    new Http.FilePart("prices", "my-prices.csv", prices)), Map.of());
            assertThat(r.status()).as(r.body()).isEqualTo(303);
            String id = r.header("Location").replaceAll("^/scenarios/|\\?.*$", "");
            assertThat(site.library().store().find(id).orElseThrow().scenario().holdings())
                    .extracting(h -> h.valueUsd()).containsExactly(6000.0, 30_000.0);   // 2 × 3,000 and 0.5 × 60,000
            String page = http.get(r.header("Location")).body();
            assertThat(page).contains("priced at 3,000.00 USD a unit on " + today + " from my-prices.csv")
                    .contains("the price of BTC is from 2026-01-02");   // older than 7 days: a warning
            assertThat(page).doesNotContain("the price of ETH is from");
            // every row was read: the prices used are notes, not rows that could not be read
            assertThat(page).containsPattern("Every row was read; [1-9]\\d* note\\(s\\) to look at")
                    .doesNotContain("could not be read");

            byte[] bad = ("symbol,priceUsd,asOf\nETH,3000," + today + "\nBTC,lots," + today + "\n").getBytes(StandardCharsets.UTF_8);
            Http.Resp refused = http.upload("/api/holdings", List.of(new Http.FilePart("file", "coins.csv", quantities),
                    new Http.FilePart("prices", "my-prices.csv", bad)), Map.of());
            assertThat(refused.status()).isEqualTo(422);
            JsonNode problem = ApiHttpTest.json(refused).path("problems").get(0);
            assertThat(problem.path("field").asText()).isEqualTo("prices");
            assertThat(problem.path("sheet").asText()).isEqualTo("my-prices.csv");
            assertThat(problem.path("row").asInt()).isEqualTo(3);
            assertThat(problem.path("column").asText()).isEqualTo("priceUsd");
            assertThat(problem.path("message").asText()).contains("'lots' is not a price in USD");
            Http.Resp page422 = http.upload("/upload", List.of(new Http.FilePart("file", "coins.csv", quantities),
                    new Http.FilePart("prices", "my-prices.csv", bad)), Map.of());
            assertThat(page422.status()).isEqualTo(422);
            assertThat(page422.body()).contains("my-prices.csv line 3 column priceUsd").contains("nothing was saved");
            assertThat(site.library().store().uploadCount()).isEqualTo(1);   // only the good upload
        });
    }

    @Test
    void aLongUpload_pageListsTheMostSevereFlagsOnly_theJsonPagesThroughThemAll() {
        StringBuilder csv = new StringBuilder("Asset,Quantity,Price (USD),Value (USD),Bucket,Protocol,Chain,APY (%)\n");
        for (int i = 0; i < 450; i++) {          // liquidity positions: the impermanent-loss rule fires on most of them
            csv.append("ETH/USDC,").append(1 + i % 7).append(",50,").append(50 * (1 + i % 7))
                    .append(",liquidity,Uniswap,Base,").append(2 + i % 9).append('\n');
        }
        TestSite.run(dir, (site, http) -> {
            Http.Resp up = http.upload("/api/holdings", "lp.csv", csv.toString().getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(up.status()).isEqualTo(201);
            String id = ApiHttpTest.json(up).get("id").asText();
            JsonNode first = ApiHttpTest.json(http.get("/api/scenarios/" + id + "?limit=100"));
            int flags = first.get("page").get("total").get("flags").asInt();
            assertThat(flags).isGreaterThan(ScenarioPage.POSITIONS_PAGE);
            assertThat(first.get("page").get("total").get("positions").asInt()).isEqualTo(450);
            assertThat(first.get("flags").size()).isEqualTo(100);
            assertThat(first.get("positions").size()).isEqualTo(100);
            String page = http.get("/scenarios/" + id).body();
            assertThat(page.split("<li class=\"flag ", -1).length - 1).isEqualTo(ScenarioPage.POSITIONS_PAGE);
            assertThat(page).contains("The " + ScenarioPage.POSITIONS_PAGE + " most severe of " + flags + " flags")
                    .contains("450 holdings");
        });
    }

    @Test
    void aSheetWithAPoolId_takesThePoolsApy_andThePageNamesPoolAndDate() {
        String sheet = """
                Asset,Value (USD),Protocol,Chain,APY (%),Pool id (DeFiLlama)
                USDC/WETH,20000,Aerodrome,Base,7,e8cb4dbb-9e66-4cfa-9c77-407118b128a0
                ETH,10000,Lido,Ethereum,3,
                """;
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.upload("/upload", "mine.csv", sheet.getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(r.status()).isEqualTo(303);
            String page = http.get(r.header("Location")).body();
            // the bundled 2025-08-31 list: aerodrome-v1 WETH-USDC on Base, APY 11.81023 %, 30-day mean 15.27567 %
            assertThat(page).contains("APY from DeFiLlama pool e8cb4dbb-9e66-4cfa-9c77-407118b128a0 (aerodrome-v1 on Base, "
                    + "WETH-USDC) of 2025-08-31: 11.81 %").contains("it replaces the row's 7.00 %")
                    .contains("DeFiLlama pool e8cb4dbb-9e66-4cfa-9c77-407118b128a0 of 2025-08-31 (range spread from catalog");
            String id = r.header("Location").replaceAll(".*/scenarios/([^/?#]+).*", "$1");
            JsonNode holding = ApiHttpTest.json(http.get("/api/scenarios/" + id)).get("scenario").get("holdings").get(0);
            assertThat(holding.get("apyBase").asDouble() + holding.get("apyReward").asDouble()).isCloseTo(0.1181023,
                    org.assertj.core.api.Assertions.within(1e-9));
            assertThat(holding.get("pool").get("asOf").asText()).isEqualTo("2025-08-31");
        });
    }

    @Test
    void theApiAnswers201WithTheIdAndProblems() {
        TestSite.run(dir, (site, http) -> {
            Http.Resp r = http.upload("/api/holdings", "h.json", HOLDINGS.getBytes(StandardCharsets.UTF_8),
                    Map.of("template", "income-core"));
            assertThat(r.status()).isEqualTo(201);
            JsonNode body = ApiHttpTest.json(r);
            assertThat(body.get("holdings").asInt()).isEqualTo(2);
            assertThat(body.get("problems").size()).isEqualTo(1);
            assertThat(body.get("problems").get(0).get("row").asInt()).isEqualTo(3);
            String id = body.get("id").asText();
            JsonNode result = ApiHttpTest.json(http.get("/api/scenarios/" + id));
            assertThat(result.get("portfolioValue").asDouble()).isEqualTo(100_000.0);
            assertThat(result.get("scenario").get("template").asText()).isEqualTo("income-core");
            var upload = site.library().store().upload(site.library().store().find(id).orElseThrow().uploadId()).orElseThrow();
            assertThat(upload.sha256()).isEqualTo(sha256(HOLDINGS.getBytes(StandardCharsets.UTF_8)));
            assertThat(upload.originalFilename()).isEqualTo("h.json");
        });
    }

    @Test
    void aFileOverTheLimitIs413AndTheServerStaysUp() {
        TestSite.run(TestSite.settings(dir).withLimits(100 * 1024, 200 * 1024, Duration.ofSeconds(5)), (site, http) -> {
            byte[] big = ("[" + " ".repeat(150 * 1024) + "]").getBytes(StandardCharsets.UTF_8);
            Http.Resp api = http.upload("/api/holdings", "big.json", big, Map.of());
            assertThat(api.status()).isEqualTo(413);
            assertThat(ApiHttpTest.json(api).get("error").asText()).contains("larger than");
            Http.Resp page = http.upload("/upload", "big.json", big, Map.of());
            assertThat(page.status()).isEqualTo(413);
            assertThat(page.body()).contains("larger than").contains("<form");
            // beyond the total request size: Jetty answers 413 and may close the connection before the
            // client has sent everything, so the client sees either the 413 or a closed connection
            byte[] huge = new byte[400 * 1024];
            try {
                assertThat(http.upload("/api/holdings", "huge.json", huge, Map.of()).status()).isEqualTo(413);
            } catch (java.io.IOException closedEarly) {
                assertThat(closedEarly.getMessage()).isNotNull();
            }
            assertThat(site.library().store().uploadCount()).isZero();
            assertThat(http.get("/api/health").status()).isEqualTo(200);
        });
    }

    @Test
    void aTwelveMegabyteFileGetsA413PageAndJsonNotAResetConnection() {
        TestSite.run(dir, (site, http) -> {
            byte[] twelve = new byte[12 * 1024 * 1024];
            java.util.Arrays.fill(twelve, (byte) ' ');
            Http.Resp api = http.upload("/api/holdings", "big.json", twelve, Map.of());
            assertThat(api.status()).isEqualTo(413);
            assertThat(ApiHttpTest.json(api).get("error").asText()).contains("larger than 11 MB");
            Http.Resp page = http.upload("/upload", "big.json", twelve, Map.of());
            assertThat(page.status()).isEqualTo(413);
            assertThat(page.body()).contains("Too large").contains("larger than 11 MB");
            assertThat(site.library().store().uploadCount()).isZero();
            assertThat(http.get("/api/health").status()).isEqualTo(200);
        });
    }

    @Test
    void hostileAndWrongFilesGet4xxNever500() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Map<String, byte[]> files = Map.of(
                "empty.json", new byte[0],
                "garbage.bin", new byte[] {0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5},
                "text.txt", "just some words".getBytes(StandardCharsets.UTF_8),
                "deep.json", deep.getBytes(StandardCharsets.UTF_8),
                "object.json", "{\"holdings\": 5}".getBytes(StandardCharsets.UTF_8),
                "nothing.json", "[]".getBytes(StandardCharsets.UTF_8),
                "truncated.json", "[{\"asset\": \"ETH\", \"valu".getBytes(StandardCharsets.UTF_8),
                "badrows.json", "[{\"asset\": \"\"}, {\"bucket\": \"moon\"}]".getBytes(StandardCharsets.UTF_8),
                "../../../etc/passwd", "[{\"asset\": \"ETH\", \"valueUsd\": 1, \"bucket\": \"staking\"}]".getBytes(StandardCharsets.UTF_8));
        TestSite.run(dir, (site, http) -> {
            for (var f : files.entrySet()) {
                for (String path : new String[] {"/api/holdings", "/upload"}) {
                    Http.Resp r = http.upload(path, f.getKey(), f.getValue(), Map.of());
                    assertThat(r.status()).as(path + " " + f.getKey()).isBetween(200, 499);
                    assertThat(r.body()).as(f.getKey()).doesNotContain("Exception").doesNotContain("\tat ");
                }
            }
            assertThat(http.upload("/api/holdings", null, null, Map.of("template", "x")).status()).isEqualTo(400);
            assertThat(http.post("/api/holdings", "application/json", "[]".getBytes()).status()).isEqualTo(415);
            assertThat(http.upload("/api/holdings", "empty.json", new byte[0], Map.of()).status()).isEqualTo(422);
            assertThat(http.upload("/api/holdings", "text.txt", "words".getBytes(), Map.of()).status()).isIn(415, 422);
            // the traversal name is only a display name: nothing is written outside the data folder
            assertThat(site.library().store().uploadCount()).isEqualTo(2);   // the passwd-named file, by both routes
            try (Stream<Path> all = Files.walk(dir)) {
                assertThat(all.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
                        .allMatch(n -> n.startsWith("yieldplan.db") || n.equals("yieldplan.lock"));
            }
            assertThat(http.get("/api/health").status()).isEqualTo(200);
        });
    }

    @Test
    void multipartTempFilesAreDeletedAfterEachRequest() {
        TestSite.run(dir, (site, http) -> {
            // larger than the 64 KB kept in memory, so Jetty writes it to the temp folder
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < 2000; i++) {
                b.append(i == 0 ? "" : ",").append("{\"asset\": \"ETH\", \"valueUsd\": 10, \"bucket\": \"staking\"}");
            }
            byte[] file = b.append("]").toString().getBytes(StandardCharsets.UTF_8);
            assertThat(file.length).isGreaterThan(64 * 1024);
            assertThat(http.upload("/api/holdings", "many.json", file, Map.of()).status()).isEqualTo(201);
            assertThat(http.upload("/api/holdings", "bad.json", ("[" + " ".repeat(70 * 1024) + "{]").getBytes(), Map.of()).status())
                    .isEqualTo(422);
            try (Stream<Path> left = Files.list(site.settings().uploadTempDir())) {
                assertThat(left.toList()).isEmpty();
            }
        });
    }

    @Test
    void twentyConcurrentUploadsAreAllStoredOrCleanlyRefused() {
        TestSite.run(dir, (site, http) -> {
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    byte[] body = ("[{\"asset\": \"ETH\", \"valueUsd\": " + (1000 + i) + ", \"bucket\": \"staking\"}]")
                            .getBytes(StandardCharsets.UTF_8);
                    Callable<Integer> call = () -> http.upload("/api/holdings", "h" + body.length + ".json", body, Map.of()).status();
                    results.add(pool.submit(call));
                }
                int stored = 0;
                for (Future<Integer> f : results) {
                    int status = f.get();
                    assertThat(status).isIn(201, 503);
                    stored += status == 201 ? 1 : 0;
                }
                assertThat(site.library().store().uploadCount()).isEqualTo(stored);
                assertThat(site.library().store().list()).hasSize(stored);
                assertThat(stored).isPositive();
            } finally {
                pool.shutdownNow();
            }
        });
    }

    @Test
    void aParseThatTakesTooLongIsAbandonedWith422() {
        WebSettings settings = TestSite.settings(dir).withLimits(1024 * 1024, 2 * 1024 * 1024, Duration.ofMillis(200));
        try (Site site = TestSite.open(settings)) {
            var slow = new org.yieldplan.web.upload.HoldingsUploads(settings, (name, bytes, prices) -> {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new org.yieldplan.web.upload.HoldingsImporter.Result(List.of(), List.of());
            });
            Site slowSite = new Site(settings, site.database(), site.library(), site.pages(), slow);
            io.javalin.testtools.JavalinTest.test(WebApp.create(slowSite), (server, client) -> {
                Http http = new Http(client.getOrigin());
                Http.Resp r = http.upload("/api/holdings", "slow.json", "[]".getBytes(), Map.of());
                assertThat(r.status()).isEqualTo(422);
                assertThat(r.body()).contains("took longer than");
                assertThat(site.library().store().uploadCount()).isZero();
            });
            slow.close();
        }
    }

    static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }
}
