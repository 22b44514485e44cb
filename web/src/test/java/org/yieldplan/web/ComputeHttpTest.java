package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.json.ScenarioReader;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.web.library.CostBudget;
import org.yieldplan.web.library.ComputePool;

/**
 * Bounded computation: oversized simulations are refused by the cost budget (422 naming the fields),
 * a full pool answers 503 with Retry-After, {@code /api/health} never waits for them, and a saved
 * scenario that is not computed yet shows "still computing" with its progress.
 */
class ComputeHttpTest {

    /** 100 years, 50,000 student-t paths: 60 M path-months a position, far over the budget. */
    private static final String OVERSIZED = "{\"name\": \"Huge\", \"amountUsd\": 1000000, \"template\": \"income-core\","
            + " \"horizonYears\": 100, \"withdrawal\": {\"strategy\": {\"type\": \"constant-amount\", \"annualUsd\": 40000,"
            + " \"inflationAdjusted\": true}}, \"simulation\": {\"paths\": 50000, \"shocks\": \"student-t\"}}";
    /** Within the budget but a few seconds of work. */
    private static final String HEAVY = OVERSIZED.replace("\"horizonYears\": 100", "\"horizonYears\": 40")
            .replace("\"paths\": 50000", "\"paths\": 20000");

    @TempDir
    Path dir;

    @Test
    void tenOversizedSimulationsAreRefusedNamingTheFieldsWhileHealthStaysQuick() {
        TestSite.run(dir, (site, http) -> {
            List<Http.Resp> answers = parallel(http, OVERSIZED, 10, latencies -> { });
            for (Http.Resp r : answers) {
                assertThat(r.status()).isEqualTo(422);
                JsonNode body = ApiHttpTest.json(r);
                assertThat(body.get("error").asText()).contains("budget").contains("simulation.paths")
                        .contains("horizonYears").contains("holdings");
                assertThat(body.get("problems").findValuesAsText("field"))
                        .containsExactlyElementsOf(CostBudget.Exceeded.FIELDS);
            }
            assertThat(site.library().store().count()).isZero();
        });
    }

    @Test
    void aFullPoolAnswers503WithRetryAfterAndHealthNeverWaitsForTheSimulations() {
        TestSite.run(dir, (site, http) -> {
            List<Long> health = new ArrayList<>();
            List<Http.Resp> answers = parallel(http, HEAVY, 10, health::add);
            int saved = 0;
            int busy = 0;
            for (Http.Resp r : answers) {
                assertThat(r.status()).as(r.body()).isIn(201, 503);
                if (r.status() == 503) {
                    busy++;
                    assertThat(r.header("Retry-After")).matches("\\d+");
                    assertThat(ApiHttpTest.json(r).get("error").asText()).contains("try again");
                } else {
                    saved++;
                }
            }
            // two run, four wait, and the rest arrive to a full queue
            int workers = Runtime.getRuntime().availableProcessors();
            assertThat(busy).as("refused").isGreaterThanOrEqualTo(10 - workers - ComputePool.QUEUE);
            assertThat(site.library().store().count()).isEqualTo(saved);
            long[] ms = health.stream().mapToLong(Long::longValue).sorted().toArray();
            // enough probes to have met the busy pool (one every few ms while the ten requests are answered, which takes
            // about a second on two cores; fewer the faster the simulation)
            assertThat(ms.length).isGreaterThanOrEqualTo(20);
            long p99 = ms[(int) Math.ceil(ms.length * 0.99) - 1];
            System.out.printf("/api/health while 10 simulations were asked for: %d requests, median %d ms, p99 %d ms, max %d ms%n",
                    ms.length, ms[ms.length / 2], p99, ms[ms.length - 1]);
            // a health check that queued behind a simulation would wait seconds; the latency target itself
            // (p99 <= 50 ms) is a benchmark figure (web/bench/wrk.sh), not a timed test on a shared machine
            assertThat(ms[ms.length - 1]).as("/api/health in ms: " + Arrays.toString(ms)).isLessThan(2_000);
        });
    }

    @Test
    void aScenarioNotComputedYetShowsStillComputingWithItsProgress() throws Exception {
        Scenario heavy = ScenarioReader.read("test", HEAVY.getBytes(), SampleFiles.templates());
        TestSite.run(TestSite.settings(dir).withPageWait(Duration.ofMillis(1)), (site, http) -> {
            // saved before this server computed it (as after a restart)
            String id = site.library().store().newId();
            site.library().store().insert(heavy.withId(id), "api", null, org.yieldplan.web.store.Headline.NONE);
            Http.Resp page = http.get("/scenarios/" + id);
            assertThat(page.status()).isEqualTo(202);
            assertThat(page.body()).contains("Still computing").contains("<progress").contains("http-equiv=\"refresh\"");
            Http.Resp api = http.get("/api/scenarios/" + id);
            assertThat(api.status()).isIn(200, 202);
            if (api.status() == 202) {
                assertThat(ApiHttpTest.json(api).get("status").asText()).isEqualTo("computing");
                assertThat(ApiHttpTest.json(api).get("progress").asDouble()).isBetween(0.0, 1.0);
                assertThat(api.header("Retry-After")).isNotNull();
            }
            // the computation goes on without anyone waiting; then the page is there
            Http.Resp done = page;
            for (int i = 0; i < 600 && done.status() == 202; i++) {
                Thread.sleep(200);
                done = http.get("/scenarios/" + id);
            }
            assertThat(done.status()).isEqualTo(200);
            assertThat(done.body()).contains("Huge");
        });
    }

    /** n identical POSTs at once, with /api/health polled until they are all answered (latencies in ms). */
    private static List<Http.Resp> parallel(Http http, String json, int n, java.util.function.LongConsumer healthMs)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            Http probe = http.stranger();
            while (running.get()) {
                try {
                    long t = System.nanoTime();
                    assertThat(probe.get("/api/health").status()).isEqualTo(200);
                    healthMs.accept((System.nanoTime() - t) / 1_000_000);
                    Thread.sleep(5);
                } catch (Exception e) {
                    return;
                }
            }
        });
        try {
            List<Future<Http.Resp>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> http.stranger().postJson("/api/scenarios", json)));
            }
            poller.start();
            List<Http.Resp> out = new ArrayList<>();
            for (Future<Http.Resp> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            running.set(false);
            poller.join();
            pool.shutdownNow();
        }
    }
}
