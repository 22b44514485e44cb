/**
 * The embedded store: one SQLite file ({@code yieldplan.db}) under the data folder, in WAL mode
 * with {@code synchronous=FULL}, a busy timeout and foreign keys on. Every write goes through one
 * writer (a lock around a single connection) inside a transaction, so an upload is saved whole or
 * not at all; reads use their own connections. The schema is created and migrated at start by
 * {@link org.yieldplan.web.store.Migrations} (table {@code schema_version}). The data folder is
 * proved writable and locked at start ({@code FolderLock}); a failed write is rolled back and
 * reported with its cause ({@link org.yieldplan.web.store.StoreFailure}: disk full, read-only, busy).
 *
 * <p>Saved: scenarios (their inputs as the scenario JSON of {@code org.yieldplan.json}, the SHA-256 of
 * their owner's and share link's tokens, and the list's headline figures, so that the list reads
 * only those columns, a page at a time),
 * uploaded holdings files (original name, SHA-256, size, the bytes under a generated id, the
 * parsed holdings and the import's problems), and timestamps (ISO-8601 UTC). Results are never
 * stored: they are recomputed from the inputs.
 */
package org.yieldplan.web.store;
