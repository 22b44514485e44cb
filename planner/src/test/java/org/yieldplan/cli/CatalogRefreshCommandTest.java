package org.yieldplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Catalog;
import org.yieldplan.market.YieldEntry;

/**
 * {@code catalog refresh} against a local HTTP server (127.0.0.1) serving the recorded /pools JSON
 * (src/test/resources/real/defillama/pools_2025-08-31.json); no test touches the network.
 */
class CatalogRefreshCommandTest {

    private static final Path POOLS_JSON = Path.of("src/test/resources/real/defillama/pools_2025-08-31.json");

    /** Row 28 of current_state_2025-08-31.csv (WETH-USDC at aerodrome-v1 on Base, TVL 21,875,664, APY 11.81023 %). */
    private static final String ETH_USDC_POOL = "e8cb4dbb-9e66-4cfa-9c77-407118b128a0";

    @TempDir
    Path dir;

    @Test
    void refreshFromTheServer_quotesTheEntriesWithTheFixturesPools() throws Exception {
        Path catalog = bundledCatalogCopy();
        byte[] body = Files.readAllBytes(POOLS_JSON);
        try (Server s = Server.start(ex -> {
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        })) {
            MainTest.Run r = MainTest.run("catalog", "refresh", "--from", s.url("/pools"), "--catalog", catalog.toString(),
                    "--as-of", "2025-08-31");
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.out()).contains("3 of ");
        }
        Map<String, YieldEntry> quoted = SampleFiles.catalog(catalog).entries().stream().filter(e -> e.pool() != null)
                .collect(Collectors.toMap(e -> e.asset() + " " + e.bucket().id(), Function.identity()));
        // expected pools read off the fixture by eye: the largest non-outlier pool of each pair
        assertThat(quoted).containsOnlyKeys("ETH/USDC liquidity", "BTC/ETH liquidity", "USDC/USDT liquidity");
        YieldEntry ethUsdc = quoted.get("ETH/USDC liquidity");
        assertThat(ethUsdc.pool().pool()).isEqualTo(ETH_USDC_POOL);
        assertThat(ethUsdc.pool().symbol()).isEqualTo("WETH-USDC");
        assertThat(ethUsdc.pool().project()).isEqualTo("aerodrome-v1");        // the 120 M$ slipstream pool is an outlier
        assertThat(ethUsdc.pool().tvlUsd()).isEqualTo(21_875_664);
        assertThat(ethUsdc.pool().apy()).isCloseTo(0.1181023, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(ethUsdc.pool().asOf()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(ethUsdc.apyMean30d()).isEqualTo(ethUsdc.pool().apyMean30d());
        assertThat(quoted.get("USDC/USDT liquidity").pool().project()).isEqualTo("pancakeswap-amm-v3");
        assertThat(quoted.get("USDC/USDT liquidity").pool().stablecoin()).isTrue();
        assertThat(quoted.get("BTC/ETH liquidity").pool().symbol()).isEqualTo("WBTC-WETH");
    }

    @Test
    void aServerError_leavesTheCatalogUntouched() throws Exception {
        Path catalog = bundledCatalogCopy();
        byte[] before = Files.readAllBytes(catalog);
        try (Server s = Server.start(ex -> {
            ex.sendResponseHeaders(500, -1);
            ex.close();
        })) {
            MainTest.Run r = MainTest.run("catalog", "refresh", "--from", s.url("/pools"), "--catalog", catalog.toString());
            assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).contains("the server answered 500; nothing was changed");
        }
        assertThat(Files.readAllBytes(catalog)).isEqualTo(before);
    }

    @Test
    void aServerThatNeverAnswers_timesOut_andLeavesTheCatalogUntouched() throws Exception {
        Path catalog = bundledCatalogCopy();
        byte[] before = Files.readAllBytes(catalog);
        CountDownLatch release = new CountDownLatch(1);
        try (Server s = Server.start(ex -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        })) {
            MainTest.Run r = MainTest.run("catalog", "refresh", "--from", s.url("/pools"), "--catalog", catalog.toString(),
                    "--timeout", "0.5");
            release.countDown();
            assertThat(r.status()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).contains("no answer within").contains("nothing was changed");
        }
        assertThat(Files.readAllBytes(catalog)).isEqualTo(before);
    }

    private Path bundledCatalogCopy() throws IOException {
        Path file = dir.resolve("catalog.json");
        Catalog c = SampleFiles.catalog();
        Files.writeString(file, org.yieldplan.json.Json.pretty(c));
        return file;
    }

    /** A one-route HTTP server on 127.0.0.1 and a free port. */
    private record Server(HttpServer http) implements AutoCloseable {

        static Server start(com.sun.net.httpserver.HttpHandler handler) throws IOException {
            HttpServer h = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            h.createContext("/", handler);
            h.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            h.start();
            return new Server(h);
        }

        String url(String path) {
            return "http://127.0.0.1:" + http.getAddress().getPort() + path;
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }
}
