package org.yieldplan.web.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A store operation that failed, with what a user should be told: the disk is full (507), the store
 * is read-only (503), another write holds it (503, try again), or the disk failed (503). The
 * transaction was rolled back, so nothing was saved half-way.
 */
public final class StoreFailure extends SQLException {

    private static final long serialVersionUID = 1L;

    /** Why a store operation failed. */
    public enum Kind {
        FULL(507), READ_ONLY(503), BUSY(503), IO(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        /** The HTTP status that reports it. */
        public int status() {
            return status;
        }
    }

    private final Kind kind;

    private StoreFailure(Kind kind, String message, SQLException cause) {
        super(message, cause.getSQLState(), cause.getErrorCode(), cause);
        this.kind = kind;
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The failure as a user should read it; an I/O error with the disk nearly full counts as full. */
    static StoreFailure of(SQLException e, Path dir, boolean atPageLimit) {
        if (e instanceof StoreFailure f) {
            return f;
        }
        String code = e instanceof SQLiteException s ? s.getResultCode().name() : SQLiteErrorCode.UNKNOWN_ERROR.name();
        String text = String.valueOf(e.getMessage());
        Kind kind;
        if (code.startsWith("SQLITE_FULL") || text.contains("disk is full") || atPageLimit || lowSpace(dir)) {
            kind = Kind.FULL;
        } else if (code.startsWith("SQLITE_READONLY") || text.contains("readonly")) {
            kind = Kind.READ_ONLY;
        } else if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
            kind = Kind.BUSY;
        } else {
            kind = Kind.IO;
        }
        return new StoreFailure(kind, message(kind, dir, text), e);
    }

    private static boolean lowSpace(Path dir) {
        try {
            return dir != null && java.nio.file.Files.getFileStore(dir).getUsableSpace() < FolderLock.MIN_FREE_BYTES;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String message(Kind kind, Path dir, String cause) {
        return switch (kind) {
            case FULL -> "the disk holding the store is full: nothing was saved; free some space on "
                    + (dir == null ? "the data folder's disk" : dir.toAbsolutePath().toString()) + " and try again";
            case READ_ONLY -> "the store is read-only (the data folder or its disk cannot be written): nothing was saved";
            case BUSY -> "the store is busy with another write; try again in a moment";
            case IO -> "the store could not write to its disk (" + cause + "): nothing was saved";
        };
    }
}
