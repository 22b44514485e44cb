package org.yieldplan.web.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The data folder, held for one server: proved writable at start (a probe file is written, synced
 * and deleted: the permission bits alone say nothing for root or on a read-only mount), then locked
 * through {@code yieldplan.lock} (an OS file lock, released when the process ends, even by kill -9).
 * It also answers whether writes can succeed now.
 */
final class FolderLock {

    /**
     * The folders this process holds. An OS file lock belongs to the process, and closing any channel on the
     * lock file drops it, so a second open in the same process must be refused before it opens the file.
     */
    private static final java.util.Set<Path> HELD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Free space below which the store counts as full, bytes. */
    static final long MIN_FREE_BYTES = 1024 * 1024;

    private final Path key;
    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;
    private final FileStore fileStore;
    private volatile StoreFailure lastFailure;

    private FolderLock(Path key, Path dir, FileChannel channel, FileLock lock, FileStore fileStore) {
        this.key = key;
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
        this.fileStore = fileStore;
    }

    /**
     * Proves the folder writable and locks it.
     *
     * @throws IllegalStateException when it cannot be written or another server holds it
     */
    static FolderLock take(Path dir) {
        Path probe = dir.resolve(".write-probe");
        try (FileChannel c = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            c.write(ByteBuffer.wrap(new byte[] {1}));
            c.force(true);
        } catch (IOException e) {
            throw new IllegalStateException("the data folder " + dir.toAbsolutePath() + " cannot be written: "
                    + Database.reason(e) + "; fix its permissions or choose another --data-dir", e);
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException ignored) {
                // the probe was never made
            }
        }
        Path file = dir.resolve("yieldplan.lock");
        Path key = dir.toAbsolutePath().normalize();
        if (!HELD.add(key)) {
            throw inUse(dir, file);
        }
        try {
            return lock(dir, file, key);
        } catch (RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    private static IllegalStateException inUse(Path dir, Path file) {
        return new IllegalStateException("the data folder " + dir.toAbsolutePath() + " is in use by another"
                + " yieldplan server (" + file.getFileName() + " is locked); stop it or choose another --data-dir");
    }

    private static FolderLock lock(Path dir, Path file, Path key) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IllegalStateException("the lock file " + file.toAbsolutePath() + " cannot be opened: "
                    + Database.reason(e), e);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;   // held by this same process (HELD should have said so)
            }
            if (lock == null) {
                channel.close();
                throw inUse(dir, file);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return new FolderLock(key, dir, channel, lock, Files.getFileStore(dir));
        } catch (IOException e) {
            throw new IllegalStateException("the data folder " + dir.toAbsolutePath() + " could not be locked: "
                    + Database.reason(e), e);
        }
    }

    /** Records how the last write ended: null when it succeeded. */
    void wrote(StoreFailure failure) {
        lastFailure = failure;
    }

    /** Free space, bytes; -1 when the file system does not say. */
    long freeBytes() {
        try {
            return fileStore.getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Whether writes can succeed now, and if not why; with how the last write ended. */
    StoreHealth health() {
        long free = freeBytes();
        String problem = null;
        if (!Files.isWritable(dir)) {
            problem = "the data folder is read-only";
        } else if (free >= 0 && free < MIN_FREE_BYTES) {
            problem = "the disk holding the data folder is full (" + free + " bytes free)";
        }
        StoreFailure last = lastFailure;
        return new StoreHealth(problem == null, free, problem, last == null ? null : last.getMessage());
    }

    /** Lets another server have the folder. */
    void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException ignored) {
            // the process is ending or the folder is gone: the OS drops the lock anyway
        } finally {
            HELD.remove(key);
        }
    }
}
