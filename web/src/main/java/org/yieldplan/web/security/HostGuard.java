package org.yieldplan.web.security;

import io.javalin.http.Context;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yieldplan.web.WebError;

/**
 * Refuses a request whose {@code Host} header names a host this site does not answer to, with 421
 * (Misdirected Request). A page served under a foreign name would let that name's scripts read it
 * (DNS rebinding: {@code evil.example} resolving to 127.0.0.1 is same-origin with itself, so its
 * {@code Origin} matches its {@code Host}); checking the name closes that door. The loopback names
 * are always allowed; others come from {@code --host} and {@code --allowed-host}.
 */
public final class HostGuard {

    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> allowed = new HashSet<>();

    /** @param extra names allowed besides the loopback ones (case-insensitive, without port) */
    public HostGuard(List<String> extra) {
        LOOPBACK.forEach(allowed::add);
        for (String h : extra) {
            String n = h.strip().toLowerCase(Locale.ROOT);
            allowed.add(n.contains(":") && !n.startsWith("[") ? "[" + n + "]" : n);   // a bare IPv6 address
        }
    }

    /**
     * A before-handler.
     *
     * @throws WebError 421 when the Host header is missing or names another host
     */
    public void check(Context ctx) {
        String host = name(ctx.header("Host"));
        if (host == null || !allowed.contains(host)) {
            throw new WebError(421, "this site does not answer to the host name '" + printable(ctx.header("Host"))
                    + "'; open it as http://localhost (or start it with --allowed-host NAME)");
        }
    }

    /** The host name of a Host header, lower-case, without the port; IPv6 kept in brackets; null when malformed. */
    static String name(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? null : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static String printable(String header) {
        String h = header == null ? "" : header.replaceAll("[^\\x20-\\x7e]", "?");
        return h.length() > 80 ? h.substring(0, 80) + "…" : h;
    }
}
