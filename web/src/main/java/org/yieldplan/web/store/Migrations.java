package org.yieldplan.web.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The schema's versions, applied in order at start; {@code schema_version} records each one
 * applied. A migration is never edited once released: a change is a new version.
 */
final class Migrations {

    /** Version n is {@code STEPS.get(n - 1)}; each entry is run as one script of statements. */
    static final List<List<String>> STEPS = List.of(
            List.of("""
                    CREATE TABLE uploads (
                      id TEXT PRIMARY KEY,
                      original_filename TEXT NOT NULL,
                      sha256 TEXT NOT NULL,
                      size_bytes INTEGER NOT NULL,
                      content BLOB NOT NULL,
                      holdings_json TEXT NOT NULL,
                      problems_json TEXT NOT NULL,
                      uploaded_at TEXT NOT NULL)""",
                    """
                    CREATE TABLE scenarios (
                      id TEXT PRIMARY KEY,
                      name TEXT NOT NULL,
                      inputs_json TEXT NOT NULL,
                      origin TEXT NOT NULL,
                      upload_id TEXT REFERENCES uploads(id),
                      created_at TEXT NOT NULL,
                      updated_at TEXT NOT NULL)""",
                    "CREATE INDEX scenarios_updated ON scenarios(updated_at)"),
            // owners, share links, and the list's headline figures (so that the list reads no inputs)
            List.of("ALTER TABLE scenarios ADD COLUMN owner_hash TEXT",
                    "ALTER TABLE scenarios ADD COLUMN share_hash TEXT",
                    "ALTER TABLE scenarios ADD COLUMN description TEXT",
                    "ALTER TABLE scenarios ADD COLUMN portfolio_value REAL",
                    "ALTER TABLE scenarios ADD COLUMN blended_apy REAL",
                    "ALTER TABLE scenarios ADD COLUMN monthly_income REAL",
                    "ALTER TABLE scenarios ADD COLUMN success_probability REAL",
                    "ALTER TABLE scenarios ADD COLUMN flag_count INTEGER",
                    "ALTER TABLE scenarios ADD COLUMN goal_met_probability REAL",
                    "ALTER TABLE scenarios ADD COLUMN error TEXT",
                    "CREATE INDEX scenarios_owner ON scenarios(owner_hash, updated_at)",
                    "CREATE UNIQUE INDEX scenarios_share ON scenarios(share_hash)"));

    private Migrations() {
    }

    /** The schema version the code expects. */
    static int latest() {
        return STEPS.size();
    }

    /** Brings the schema to the latest version; runs inside the caller's transaction. */
    static void migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        int current = current(c);
        if (current > latest()) {
            throw new SQLException("the store's schema is version " + current + ", newer than this build ("
                    + latest() + "); use a newer yieldplan or another --data-dir");
        }
        for (int v = current + 1; v <= latest(); v++) {
            try (Statement s = c.createStatement()) {
                for (String sql : STEPS.get(v - 1)) {
                    s.execute(sql);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version(version, applied_at) VALUES (?, ?)")) {
                p.setInt(1, v);
                p.setString(2, Instant.now().toString());
                p.executeUpdate();
            }
        }
    }

    /** The highest version applied, 0 for a new file. */
    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
