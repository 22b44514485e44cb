package org.yieldplan.web.store;

import java.io.IOException;
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
 * connections (WAL lets readers run while the writer writes). The data folder is locked for the
 * life of the database ({@link FolderLock}), so a second server on it stops at start; a write that
 * fails is rolled back whole and reported as a {@link StoreFailure} saying why (disk full, read-only).
 */
public final class Database implements AutoCloseable {

    /** How long a connection waits for a lock held by another connection, milliseconds. */
    public static final int BUSY_TIMEOUT_MS = 5_000;
    private static final int READERS = 4;

    private final Path file;
    private final FolderLock lock;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);
    /** Committed writes since the database was opened: what was read before a write is stale after it. */
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

    /** A unit of work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Opens (creating when missing) {@code yieldplan.db} in the folder and migrates its schema.
     *
     * @throws IllegalStateException when the folder cannot be created or written, is in use by another
     *                               server, or the file cannot be opened
     */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("the data folder " + dataDir + " could not be created: " + reason(e), e);
        }
        FolderLock lock = FolderLock.take(dataDir);
        try {
            Database db = new Database(dataDir.resolve("yieldplan.db"), lock);
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
        } catch (SQLException | RuntimeException e) {
            lock.release();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the store " + dataDir.resolve("yieldplan.db") + " could not be opened: "
                    + e.getMessage(), e);
        }
    }

    static String reason(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : " (" + m + ")");
    }

    private Database(Path file, FolderLock lock) throws SQLException {
        this.file = file;
        this.lock = lock;
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

    /** Rows in a table, by {@code SELECT count(*)}. */
    public long count(String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("count: not a table name: " + table);
        }
        return read(c -> {
            try (Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    /**
     * How many writes have been committed since the database was opened: anything computed from reads
     * while this number stayed the same still holds (the site's list pages are cached on it).
     */
    public long writes() {
        return writes.get();
    }

    /** Whether writes can succeed now: the folder's state, its free space, and how the last write ended. */
    public StoreHealth health() {
        return lock.health();
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
                writes.incrementAndGet();
                lock.wrote(null);
                return out;
            } catch (SQLException e) {
                rollback();
                StoreFailure failure = StoreFailure.of(e, file.getParent(), atPageLimit());
                lock.wrote(failure);
                throw failure;
            } catch (RuntimeException e) {
                rollback();
                throw e;
            } finally {
                restoreAutoCommit();
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** True when the file has reached its page limit ({@code PRAGMA max_page_count}): full, whatever the disk says. */
    private boolean atPageLimit() {
        try (Statement s = writer.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT (SELECT page_count FROM pragma_page_count()) >= "
                     + "(SELECT max_page_count FROM pragma_max_page_count())")) {
            return r.next() && r.getInt(1) == 1;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Back to auto-commit after a transaction. The driver commits whatever is open when it does so; after a
     * failed write SQLite has already rolled back, so that commit fails too, and must not hide the write's own
     * failure.
     */
    private void restoreAutoCommit() {
        try {
            writer.setAutoCommit(true);
        } catch (SQLException afterFailedWrite) {
            // "cannot commit - no transaction is active": the driver is in auto-commit mode all the same
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // SQLite has already rolled back a transaction that failed on a full or read-only disk
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
            lock.release();
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
