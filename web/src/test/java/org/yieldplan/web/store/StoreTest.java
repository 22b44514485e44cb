package org.yieldplan.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.web.Problem;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    void bundledSqliteIsAtLeast3_51_3() throws SQLException {
        try (Database db = Database.open(dir)) {
            String version = new ScenarioStore(db).sqliteVersion();
            int[] v = java.util.Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
            int packed = v[0] * 1_000_000 + v[1] * 1_000 + v[2];
            assertThat(packed).as("sqlite_version() = " + version).isGreaterThanOrEqualTo(3_051_003);
        }
    }

    @Test
    void connectionsUseWalFullSyncForeignKeysAndBusyTimeout() throws SQLException {
        try (Database db = Database.open(dir)) {
            assertThat(db.pragma("journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(db.pragma("synchronous")).isEqualTo("2");          // 2 = FULL
            assertThat(db.pragma("foreign_keys")).isEqualTo("1");
            assertThat(db.pragma("busy_timeout")).isEqualTo(Integer.toString(Database.BUSY_TIMEOUT_MS));
        }
    }

    @Test
    void migrationsRunOnceAndRecordTheirVersion() throws SQLException {
        try (Database db = Database.open(dir)) {
            assertThat(versions(db)).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, Migrations.latest())
                    .boxed().toList());
        }
        try (Database db = Database.open(dir)) {   // reopening applies nothing again
            assertThat(versions(db)).hasSize(Migrations.latest());
            assertThat(db.read(Migrations::current)).isEqualTo(Migrations.latest());
        }
    }

    @Test
    void aNewerSchemaThanTheBuildIsRefused() throws SQLException {
        try (Database db = Database.open(dir)) {
            db.write(c -> c.createStatement().executeUpdate("INSERT INTO schema_version VALUES (99, 'later')"));
        }
        assertThatThrownBy(() -> Database.open(dir)).hasMessageContaining("newer than this build");
    }

    @Test
    void savedScenariosSurviveReopening() throws SQLException {
        Scenario s = Scenario.ofTemplate("income-core", 123_456, 9_000.0);
        String id;
        try (Database db = Database.open(dir)) {
            ScenarioStore store = new ScenarioStore(db);
            id = store.newId();
            store.insert(copy(s, id), "api");
        }
        try (Database db = Database.open(dir)) {
            StoredScenario back = new ScenarioStore(db).find(id).orElseThrow();
            assertThat(back.scenario().amountUsd()).isEqualTo(123_456.0);
            assertThat(back.scenario().goalAnnualIncome()).isEqualTo(9_000.0);
            assertThat(back.scenario().template()).isEqualTo("income-core");
            assertThat(back.origin()).isEqualTo("api");
        }
    }

    @Test
    void anUploadIsSavedWholeOrNotAtAll() throws SQLException {
        try (Database db = Database.open(dir)) {
            ScenarioStore store = new ScenarioStore(db);
            Scenario taken = copy(Scenario.ofTemplate("income-core", 1000, null), store.newId());
            store.insert(taken, "api");
            StoredUpload upload = upload(store.newId());
            // the scenario's id is already taken: the scenario insert fails, so the upload must not stay either
            assertThatThrownBy(() -> store.insertUpload(upload, new byte[] {1, 2, 3}, taken)).isInstanceOf(SQLException.class);
            assertThat(store.uploadCount()).isZero();
            assertThat(store.upload(upload.id())).isEmpty();

            Scenario fresh = copy(Scenario.ofTemplate("income-core", 1000, null), store.newId());
            store.insertUpload(upload, new byte[] {1, 2, 3}, fresh);
            StoredUpload back = store.upload(upload.id()).orElseThrow();
            assertThat(back.holdings()).containsExactlyElementsOf(upload.holdings());
            assertThat(back.problems()).containsExactlyElementsOf(upload.problems());
            assertThat(back.sha256()).isEqualTo(upload.sha256());
            assertThat(store.find(fresh.id()).orElseThrow().uploadId()).isEqualTo(upload.id());
        }
    }

    @Test
    void newIdsAreTenCharactersAndDistinct() throws SQLException {
        try (Database db = Database.open(dir)) {
            ScenarioStore store = new ScenarioStore(db);
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (int i = 0; i < 1000; i++) {
                String id = store.newId();
                assertThat(id).matches("[a-z2-9]{10}");
                ids.add(id);
            }
            assertThat(ids).hasSize(1000);
        }
    }

    private static StoredUpload upload(String id) {
        return new StoredUpload(id, "my holdings.xlsx", "ab".repeat(32), 3,
                List.of(Holding.ofValue("ETH", Bucket.STAKING, 5000)),
                List.of(new Problem(null, "Holdings", 4, "APY", "'abc' is not a number")), Instant.now());
    }

    private static Scenario copy(Scenario s, String id) {
        com.fasterxml.jackson.databind.node.ObjectNode t = org.yieldplan.json.Json.mapper().valueToTree(s);
        t.put("id", id);
        return org.yieldplan.json.SampleFiles.scenario("test", t.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<Integer> versions(Database db) throws SQLException {
        return db.read(c -> {
            List<Integer> out = new java.util.ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
                while (r.next()) {
                    out.add(r.getInt(1));
                }
            }
            return out;
        });
    }
}
