package org.yieldplan.web.store;

/**
 * Whether the store can be written now.
 *
 * @param writable          true when the folder is writable and has at least 1 MB free
 * @param freeBytes         free space on the folder's disk, bytes (-1 when unknown)
 * @param problem           why it cannot be written, or null
 * @param lastWriteFailure  why the last write failed, or null when it succeeded (or none was made)
 */
public record StoreHealth(boolean writable, long freeBytes, String problem, String lastWriteFailure) {
}
