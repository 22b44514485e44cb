package org.yieldplan.web.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * The SQLite database file: one writer connection used under a lock, and a small pool of reader
 * connections (WAL lets readers run while the writer writes).
 */
public final class Database implements AutoCloseable {

    /** How long a connection waits for a lock held by another connection, milliseconds. */
    public static final int BUSY_TIMEOUT_MS = 5_000;
    private static final int READERS = 4;

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

    /** A unit of work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Opens (creating when missing) {@code yieldplan.db} in the folder and migrates its schema.
     *
     * @throws IllegalStateException when the folder cannot be created or the file opened
     */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("data folder " + dataDir + " could not be created", e);
        }
        try {
            Database db = new Database(dataDir.resolve("yieldplan.db"));
            try {
                db.write(c -> {
                    Migrations.migrate(c);
                    return null;
                });
            } catch (SQLException | RuntimeException e) {
                db.close();
                throw e;
            }
            return db;
        } catch (SQLException e) {
            throw new IllegalStateException("the store " + dataDir.resolve("yieldplan.db") + " could not be opened: "
                    + e.getMessage(), e);
        }
    }

    private Database(Path file) throws SQLException {
        this.file = file;
        this.writer = connect(false);
        for (int i = 0; i < READERS; i++) {
            readers.add(connect(true));
        }
    }

    /** A connection with the store's settings: WAL, synchronous=FULL, busy timeout, foreign keys. */
    private Connection connect(boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setReadOnly(readOnly);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** A pragma's value as the writer connection sees it, e.g. {@code journal_mode} → {@code wal}. */
    public String pragma(String name) throws SQLException {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("pragma: not a pragma name: " + name);
        }
        writeLock.lock();
        try (Statement s = writer.createStatement(); java.sql.ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getString(1) : null;
        } finally {
            writeLock.unlock();
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /**
     * Runs the work in one transaction on the single writer connection: committed when it returns,
     * rolled back when it throws.
     */
    public <T> T write(Work<T> work) throws SQLException {
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            try {
                T out = work.run(writer);
                writer.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                writer.rollback();
                throw e;
            } finally {
                writer.setAutoCommit(true);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs read-only work on a reader connection. */
    public <T> T read(Work<T> work) throws SQLException {
        Connection c;
        try {
            c = readers.poll(BUSY_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a reader connection", e);
        }
        if (c == null) {
            throw new SQLException("the store is busy; try again");
        }
        try {
            return work.run(c);
        } finally {
            readers.add(c);
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            closeQuietly(writer);
            Connection r;
            while ((r = readers.poll()) != null) {
                closeQuietly(r);
            }
        } finally {
            writeLock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing on shutdown: nothing left to do
        }
    }
}
