package org.yieldplan.web.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who asks: the hash of the browser's owner token (null without one) and the hash of the share
 * token it presents (null without one). Only hashes are compared, in constant time.
 *
 * @param ownerHash SHA-256 (hex) of the owner token, or null
 * @param shareHash SHA-256 (hex) of the share token, or null
 */
public record Caller(String ownerHash, String shareHash) {

    /** Nobody in particular: no owner token, no share link. */
    public static final Caller ANONYMOUS = new Caller(null, null);

    /** True when the caller may see the scenario: a sample, its owner, a holder of its share link, or one saved before owners were kept. */
    public boolean canRead(ScenarioEntry e) {
        return e.sample() || e.ownerHash() == null || same(e.ownerHash(), ownerHash) || same(e.shareHash(), shareHash);
    }

    /** True when the caller may change or delete the scenario: its owner only (a sample is never changed). */
    public boolean canEdit(ScenarioEntry e) {
        return !e.sample() && e.ownerHash() != null && same(e.ownerHash(), ownerHash);
    }

    private static boolean same(String stored, String presented) {
        return stored != null && presented != null
                && MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
