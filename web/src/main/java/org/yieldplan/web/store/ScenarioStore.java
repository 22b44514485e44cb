package org.yieldplan.web.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yieldplan.json.Json;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.web.Problem;

/**
 * Saved scenarios and uploads in the {@link Database}. Inputs are stored as the scenario JSON
 * ({@link Json#mapper()}); every write is one transaction.
 */
public final class ScenarioStore {

    private static final char[] ID_CHARS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int ID_LENGTH = 10;

    private final Database db;
    private final SecureRandom random = new SecureRandom();

    public ScenarioStore(Database db) {
        this.db = db;
    }

    /** A new random id: 10 characters from a 32-letter alphabet (50 bits). */
    public String newId() {
        char[] id = new char[ID_LENGTH];
        for (int i = 0; i < id.length; i++) {
            id[i] = ID_CHARS[random.nextInt(ID_CHARS.length)];
        }
        return new String(id);
    }

    /** Saves a new scenario under its own id (see {@link #newId()}), with no owner and no figures. */
    public StoredScenario insert(Scenario scenario, String origin) throws SQLException {
        return insert(scenario, origin, null, Headline.NONE);
    }

    /**
     * Saves a new scenario under its own id.
     *
     * @param ownerHash the hash of its owner's token (see {@code OwnerToken}), or null for none
     * @param headline  its figures for the list
     */
    public StoredScenario insert(Scenario scenario, String origin, String ownerHash, Headline headline)
            throws SQLException {
        Instant now = Instant.now();
        db.write(c -> {
            insertScenario(c, scenario, origin, null, now, ownerHash, headline);
            return null;
        });
        return new StoredScenario(scenario.id(), scenario, origin, null, now, now, ownerHash, null);
    }

    /** Replaces a saved scenario's inputs and figures; false when there is no such scenario. */
    public boolean update(String id, Scenario scenario, Headline headline) throws SQLException {
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE scenarios SET name = ?, description = ?, inputs_json = ?,"
                    + " updated_at = ?, " + HEADLINE_SET + " WHERE id = ?")) {
                p.setString(1, scenario.name());
                p.setString(2, scenario.description());
                p.setString(3, json(scenario));
                p.setString(4, Instant.now().toString());
                setHeadline(p, 5, headline);
                p.setString(12, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    /** Records the figures of a scenario computed after it was saved (one saved before the figures were kept). */
    public void saveHeadline(String id, Headline headline) throws SQLException {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE scenarios SET " + HEADLINE_SET + " WHERE id = ?")) {
                setHeadline(p, 1, headline);
                p.setString(8, id);
                return p.executeUpdate();
            }
        });
    }

    /**
     * Makes (or replaces) the scenario's share link: only the hash of its token is kept, so a new link
     * revokes the old one.
     */
    public boolean share(String id, String shareHash) throws SQLException {
        return db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE scenarios SET share_hash = ? WHERE id = ?")) {
                p.setString(1, shareHash);
                p.setString(2, id);
                return p.executeUpdate() == 1;
            }
        });
    }

    /**
     * One page of an owner's scenarios, most recently changed first, from the summary columns only.
     *
     * @param offset rows to skip
     * @param limit  rows at most
     */
    public List<ListedScenario> listOwned(String ownerHash, int offset, int limit) throws SQLException {
        if (ownerHash == null) {
            return List.of();
        }
        return db.read(c -> {
            List<ListedScenario> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, name, description, updated_at, portfolio_value,"
                    + " blended_apy, monthly_income, success_probability, flag_count, error, goal_met_probability, created_at"
                    + " FROM scenarios WHERE owner_hash = ? ORDER BY updated_at DESC, id LIMIT ? OFFSET ?")) {
                p.setString(1, ownerHash);
                p.setInt(2, limit);
                p.setInt(3, offset);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new ListedScenario(r.getString(1), r.getString(2), r.getString(3),
                                new Headline(real(r, 5), real(r, 6), real(r, 7), real(r, 8),
                                        r.getObject(9) == null ? null : r.getInt(9), r.getString(10), real(r, 11)),
                                Instant.parse(r.getString(12)), Instant.parse(r.getString(4))));
                    }
                }
            }
            return out;
        });
    }

    /** How many scenarios the owner has. */
    public int countOwned(String ownerHash) throws SQLException {
        if (ownerHash == null) {
            return 0;
        }
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM scenarios WHERE owner_hash = ?")) {
                p.setString(1, ownerHash);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? r.getInt(1) : 0;
                }
            }
        });
    }

    /** The store's version: it changes with every committed write (see {@link Database#writes()}). */
    public long version() {
        return db.writes();
    }

    /** Number of saved scenarios, by {@code SELECT count(*)}. */
    public long count() throws SQLException {
        return db.count("scenarios");
    }

    private static final String HEADLINE_SET = "portfolio_value = ?, blended_apy = ?, monthly_income = ?,"
            + " success_probability = ?, flag_count = ?, error = ?, goal_met_probability = ?";

    private static void setHeadline(PreparedStatement p, int from, Headline h) throws SQLException {
        p.setObject(from, h.portfolioValue());
        p.setObject(from + 1, h.blendedApy());
        p.setObject(from + 2, h.monthlyIncome());
        p.setObject(from + 3, h.successProbability());
        p.setObject(from + 4, h.flagCount());
        p.setString(from + 5, h.error());
        p.setObject(from + 6, h.goalMetProbability());
    }

    private static Double real(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    /**
     * Deletes a saved scenario and, in the same transaction, its upload (bytes and all) when no other
     * scenario came from it.
     *
     * @return false when there is no such scenario
     */
    public boolean delete(String id) throws SQLException {
        return db.write(c -> {
            String upload = null;
            try (PreparedStatement p = c.prepareStatement("SELECT upload_id FROM scenarios WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return false;
                    }
                    upload = r.getString(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM scenarios WHERE id = ?")) {
                p.setString(1, id);
                p.executeUpdate();
            }
            if (upload != null) {
                try (PreparedStatement p = c.prepareStatement("DELETE FROM uploads WHERE id = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM scenarios WHERE upload_id = ?)")) {
                    p.setString(1, upload);
                    p.setString(2, upload);
                    p.executeUpdate();
                }
            }
            return true;
        });
    }

    /**
     * Saves an upload and the scenario made from it, in one transaction: both or neither.
     *
     * @param content the file's bytes, stored under the upload's generated id
     */
    public StoredScenario insertUpload(StoredUpload upload, byte[] content, Scenario scenario) throws SQLException {
        return insertUpload(upload, content, scenario, null, Headline.NONE);
    }

    /** Saves an upload and its scenario, owned and with its figures, in one transaction: both or neither. */
    public StoredScenario insertUpload(StoredUpload upload, byte[] content, Scenario scenario, String ownerHash,
                                       Headline headline) throws SQLException {
        Instant now = upload.uploaded();
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO uploads(id, original_filename, sha256, size_bytes,"
                    + " content, holdings_json, problems_json, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, upload.id());
                p.setString(2, upload.originalFilename());
                p.setString(3, upload.sha256());
                p.setLong(4, upload.sizeBytes());
                p.setBytes(5, content);
                p.setString(6, json(upload.holdings()));
                p.setString(7, json(upload.problems()));
                p.setString(8, now.toString());
                p.executeUpdate();
            }
            insertScenario(c, scenario, "upload", upload.id(), now, ownerHash, headline);
            return null;
        });
        return new StoredScenario(scenario.id(), scenario, "upload", upload.id(), now, now, ownerHash, null);
    }

    /** A saved scenario. */
    public Optional<StoredScenario> find(String id) throws SQLException {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, inputs_json, origin, upload_id, created_at, updated_at,"
                    + " owner_hash, share_hash FROM scenarios WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(scenario(r)) : Optional.<StoredScenario>empty();
                }
            }
        });
    }

    /** Every saved scenario with its inputs, most recently changed first (for tools and tests; the site lists pages). */
    public List<StoredScenario> list() throws SQLException {
        return db.read(c -> {
            List<StoredScenario> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, inputs_json, origin, upload_id,"
                    + " created_at, updated_at, owner_hash, share_hash FROM scenarios ORDER BY updated_at DESC, id")) {
                while (r.next()) {
                    out.add(scenario(r));
                }
            }
            return out;
        });
    }

    /** An upload, without its bytes. */
    public Optional<StoredUpload> upload(String id) throws SQLException {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT id, original_filename, sha256, size_bytes, holdings_json,"
                    + " problems_json, uploaded_at FROM uploads WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<StoredUpload>empty();
                    }
                    return Optional.of(new StoredUpload(r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
                            read(r.getString(5), new TypeReference<List<Holding>>() { }),
                            read(r.getString(6), new TypeReference<List<Problem>>() { }),
                            Instant.parse(r.getString(7))));
                }
            }
        });
    }

    /** What the page shows of an upload: its holdings counted by SQLite ({@code json_array_length}), not read. */
    public Optional<UploadFacts> uploadFacts(String id) throws SQLException {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT original_filename, sha256, size_bytes,"
                    + " json_array_length(holdings_json), problems_json, uploaded_at FROM uploads WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<UploadFacts>empty();
                    }
                    return Optional.of(new UploadFacts(r.getString(1), r.getString(2), r.getLong(3), r.getInt(4),
                            read(r.getString(5), new TypeReference<List<Problem>>() { }), Instant.parse(r.getString(6))));
                }
            }
        });
    }

    /** Number of saved uploads. */
    public int uploadCount() throws SQLException {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM uploads")) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }

    /** The SQLite library's version, e.g. {@code 3.51.3}. */
    public String sqliteVersion() throws SQLException {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT sqlite_version()")) {
                r.next();
                return r.getString(1);
            }
        });
    }

    private static void insertScenario(Connection c, Scenario s, String origin, String uploadId, Instant now,
                                       String ownerHash, Headline headline) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO scenarios(id, name, inputs_json, origin, upload_id,"
                + " created_at, updated_at, owner_hash, description, portfolio_value, blended_apy, monthly_income,"
                + " success_probability, flag_count, error, goal_met_probability)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.id());
            p.setString(2, s.name());
            p.setString(3, json(s));
            p.setString(4, origin);
            p.setString(5, uploadId);
            p.setString(6, now.toString());
            p.setString(7, now.toString());
            p.setString(8, ownerHash);
            p.setString(9, s.description());
            setHeadline(p, 10, headline);
            p.executeUpdate();
        }
    }

    private static StoredScenario scenario(ResultSet r) throws SQLException {
        String id = r.getString(1);
        Scenario s = SampleFiles.scenario("stored scenario " + id, r.getString(2).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new StoredScenario(id, s, r.getString(3), r.getString(4), Instant.parse(r.getString(5)),
                Instant.parse(r.getString(6)), r.getString(7), r.getString(8));
    }

    private static String json(Object value) throws SQLException {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new SQLException("could not write JSON for the store: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) throws SQLException {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("the store holds unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }
}
