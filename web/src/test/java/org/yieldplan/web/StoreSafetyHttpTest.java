package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.web.store.Database;

/**
 * The store tells the truth: one server per data folder, no start on a folder that cannot be written,
 * a full disk answered 507 with the cause and nothing half-saved, and writes that resume when space returns.
 */
class StoreSafetyHttpTest {

    @TempDir
    Path dir;

    @Test
    void aSecondServerOnTheSameFolderExitsNonZeroWithAMessage() throws Exception {
        try (Site first = Site.open(TestSite.settings(dir))) {
            assertThatThrownBy(() -> Database.open(dir)).hasMessageContaining("in use by another yieldplan server");
            Process second = webMain("--port", "0", "--data-dir", dir.toString());
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isEqualTo(2);
            assertThat(new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("is in use by another yieldplan server").contains(dir.toAbsolutePath().toString());
            assertThat(first.library().store().count()).isZero();   // the first is unharmed
        }
        try (Database again = Database.open(dir)) {              // the lock went with the first server
            assertThat(again.health().writable()).isTrue();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedAtStart() throws Exception {
        // /proc/self exists, but nobody, not even root, can make a file in it
        Path unwritable = Path.of("/proc/self");
        assertThatThrownBy(() -> Database.open(unwritable)).hasMessageContaining("cannot be written");
        Process p = webMain("--port", "0", "--data-dir", unwritable.toString());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains("cannot be written");
    }

    @Test
    void aFullDiskIs507WithTheCauseNothingHalfSavedAndWritesResumeWhenSpaceReturns() throws Exception {
        Disk disk = Disk.small(dir.resolve("disk"));
        try {
            TestSite.run(TestSite.settings(disk.dataDir()), (site, http) -> {
                byte[] holdings = holdings(800);   // under 64 KB: kept in memory, not in the temp folder
                assertThat(http.upload("/api/holdings", "before.json", holdings, Map.of()).status()).isEqualTo(201);
                disk.fill(site);
                Http.Resp full = http.upload("/api/holdings", "full.json", holdings, Map.of());
                assertThat(full.status()).as("on a " + (disk.tmpfs() ? "full tmpfs" : "store at its page limit") + ": "
                        + full.body()).isEqualTo(507);
                assertThat(ApiHttpTest.json(full).get("error").asText()).contains("disk holding the store is full")
                        .contains("nothing was saved");
                Http.Resp page = http.upload("/upload", "full.json", holdings, Map.of());
                assertThat(page.status()).isEqualTo(507);
                assertThat(page.body()).contains("full");
                assertThat(site.library().store().count()).isEqualTo(1);
                assertThat(site.library().store().uploadCount()).isEqualTo(1);
                JsonNode health = ApiHttpTest.json(http.get("/api/health"));
                assertThat(health.get("store").get("lastWriteFailure").asText()).contains("full");

                disk.free(site);
                assertThat(http.upload("/api/holdings", "after.json", holdings, Map.of()).status()).isEqualTo(201);
                assertThat(site.library().store().count()).isEqualTo(2);
                assertThat(ApiHttpTest.json(http.get("/api/health")).get("store").has("lastWriteFailure")).isFalse();
            });
        } finally {
            disk.close();
        }
    }

    /** A holdings JSON file of n rows (about 70 bytes each). */
    static byte[] holdings(int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("{\"asset\": \"ETH\", \"valueUsd\": ").append(1000 + i)
                    .append(", \"bucket\": \"staking\", \"protocol\": \"Lido\"}");
        }
        return b.append("]").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** WebMain in its own JVM, with this test's classpath. */
    static Process webMain(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WebMain.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * A disk that can be filled: a 4 MB tmpfs where this process may mount one (root on Linux), else the
     * store's own page limit ({@code PRAGMA max_page_count}), which fails writes with the same SQLITE_FULL.
     */
    record Disk(Path mount, boolean tmpfs) implements AutoCloseable {

        static Disk small(Path mount) throws Exception {
            Files.createDirectories(mount);
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString())
                    .redirectErrorStream(true).start();
            boolean mounted = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            return new Disk(mount, mounted);
        }

        Path dataDir() {
            return mount.resolve("data");
        }

        /** Fills the disk to the last byte (or caps the store at its current size). */
        void fill(Site site) throws Exception {
            if (tmpfs) {
                try (OutputStream out = Files.newOutputStream(mount.resolve("filler"))) {
                    byte[] block = new byte[64 * 1024];
                    while (true) {
                        out.write(block);
                    }
                } catch (IOException noSpaceLeft) {
                    // the disk is full
                }
            } else {
                site.database().write(c -> c.createStatement().execute(
                        "PRAGMA max_page_count = " + Long.parseLong(site.database().pragma("page_count"))));
            }
        }

        /** Gives the space back. */
        void free(Site site) throws Exception {
            if (tmpfs) {
                Files.deleteIfExists(mount.resolve("filler"));
            } else {
                site.database().write(c -> c.createStatement().execute("PRAGMA max_page_count = 1073741823"));
            }
        }

        @Override
        public void close() throws Exception {
            if (tmpfs) {
                new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
