package org.yieldplan.web.security;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.yieldplan.web.library.Caller;

/**
 * Who owns what, without accounts. The browser that saves its first scenario gets an owner token:
 * 32 random bytes (base64url), in the cookie {@value #COOKIE} ({@code HttpOnly}, {@code SameSite=Strict},
 * {@code Path=/}, kept 400 days), so page scripts cannot read it and other sites cannot make the
 * browser send it. The API returns it in the creation answer ({@code ownerToken}); a script sends it
 * back as the cookie or the {@value #HEADER} header. The store keeps only its SHA-256, so a copy of
 * the data folder does not let anyone act as the owner. A share link carries a second, separate
 * random token ({@code ?share=}), also stored hashed, that lets its holder read, never change.
 */
public final class OwnerToken {

    /** The cookie that holds the owner token. */
    public static final String COOKIE = "yp_owner";
    /** The header an API client may send the owner token in instead. */
    public static final String HEADER = "X-Owner-Token";
    /** The query parameter of a share link. */
    public static final String SHARE = "share";
    private static final int MAX_AGE_SECONDS = 400 * 24 * 3600;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerToken() {
    }

    /** Who asks: the hashes of the owner token and the share token the request carries (either may be null). */
    public static Caller caller(Context ctx) {
        return new Caller(hash(presented(ctx)), hash(wellFormed(ctx.queryParam(SHARE))));
    }

    /**
     * The owner of what this request saves: this browser's token, or a new one when it has none. The
     * cookie is set only by {@link #keep}, once the save has succeeded.
     */
    public static Caller owner(Context ctx) {
        String token = presented(ctx);
        if (token == null) {
            token = newToken();
            ctx.attribute(COOKIE, token);
        }
        return new Caller(hash(token), null);
    }

    /**
     * Sets the owner cookie after a save (again on every save, so that its 400 days count from the last one).
     *
     * @return the token itself, for the API's answer (it is never stored)
     */
    public static String keep(Context ctx) {
        String token = presented(ctx);
        if (token == null) {
            owner(ctx);
            token = presented(ctx);
        }
        ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=/; Max-Age=" + MAX_AGE_SECONDS
                + "; HttpOnly; SameSite=Strict");
        return token;
    }

    /** A fresh random token: 32 bytes, base64url without padding (43 characters). */
    public static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** SHA-256 of a token, lower-case hex; null for null. */
    public static String hash(String token) {
        if (token == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The owner token the request carries (issued earlier in this request, cookie, or header), if well formed. */
    private static String presented(Context ctx) {
        String issued = ctx.attribute(COOKIE);
        if (issued != null) {
            return issued;
        }
        String cookie = wellFormed(ctx.cookie(COOKIE));
        return cookie != null ? cookie : wellFormed(ctx.header(HEADER));
    }

    private static String wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}") ? token : null;
    }
}
