package org.yieldplan.web.security;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.yieldplan.web.WebError;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) that another site made a browser
 * send: a {@code Sec-Fetch-Site: cross-site} header, or an {@code Origin} whose host and port are
 * not this server's ({@code Host} header). Requests without either header (curl, scripts) pass:
 * a browser always sends one of them on a cross-site POST.
 */
public final class CrossSiteGuard {

    private static final Set<HandlerType> CHANGING = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);

    private CrossSiteGuard() {
    }

    /**
     * A before-handler.
     *
     * @throws WebError 403 when the request comes from another site
     */
    public static void check(Context ctx) {
        if (!CHANGING.contains(ctx.method())) {
            return;
        }
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null && fetchSite.strip().toLowerCase(Locale.ROOT).equals("cross-site")) {
            throw refused();
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx.header("Host"))) {
            throw refused();
        }
    }

    /** True when the Origin's host[:port] equals the Host header (case-insensitive). */
    static boolean sameOrigin(String origin, String host) {
        if (host == null || origin.isBlank() || origin.strip().equals("null")) {
            return false;
        }
        try {
            URI u = URI.create(origin.strip());
            if (u.getHost() == null || u.getScheme() == null) {
                return false;
            }
            int defaultPort = "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
            String authority = u.getHost() + (u.getPort() == -1 || u.getPort() == defaultPort ? "" : ":" + u.getPort());
            String h = host.strip();
            if (h.endsWith(":" + defaultPort)) {
                h = h.substring(0, h.length() - (":" + defaultPort).length());
            }
            return authority.equalsIgnoreCase(h);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static WebError refused() {
        return new WebError(403, "cross-site request refused: this page can only be submitted from yieldplan itself");
    }
}
