package org.yieldplan.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import org.yieldplan.pools.PoolScreen;
import org.yieldplan.web.pools.PoolRoutes;
import org.yieldplan.web.pools.PoolSnapshot;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.yieldplan.json.Json;
import org.yieldplan.web.api.ApiRoutes;
import org.yieldplan.web.form.FormRoutes;
import org.yieldplan.web.manage.AssetRoutes;
import org.yieldplan.web.manage.HoldingsRoutes;
import org.yieldplan.web.manage.ManageRoutes;
import org.yieldplan.web.whatif.WhatIfRoutes;
import org.yieldplan.web.pages.Downloads;
import org.yieldplan.web.pages.PageRoutes;
import org.yieldplan.web.security.CrossSiteGuard;
import org.yieldplan.web.security.HostGuard;
import org.yieldplan.web.security.SecurityHeaders;
import org.yieldplan.web.upload.UploadRoutes;

/**
 * The Javalin application, configured up front: JSON through the planner's mapper, static files
 * ({@code /css}, {@code /js}, Chart.js from its WebJar), explicit multipart and request size
 * limits with a dedicated temp folder, the security filters, the routes, and the error mapping.
 */
public final class WebApp {

    private WebApp() {
    }

    /** Most of an oversized body read and thrown away so that its sender sees the 413, bytes. */
    static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    /**
     * A request whose declared length is over the limit is refused with 413 before its body is parsed. The
     * body is still read (and thrown away, up to {@link #DRAIN_LIMIT}): a server that answers and closes
     * while the client is still sending makes the client's TCP stack see a reset, and the client never reads
     * the answer (a 12 MB upload got "connection reset" instead of its 413).
     */
    static void refuseDeclaredOversize(io.javalin.http.Context ctx, long max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            drain(ctx, declared);
            throw new WebError(413, "the request is larger than " + max / (1024 * 1024) + " MB; upload a smaller file");
        }
    }

    /** Reads and discards the rest of the request body (at most {@link #DRAIN_LIMIT}) and closes the connection after. */
    public static void drain(io.javalin.http.Context ctx, long expected) {
        ctx.header("Connection", "close");
        if (expected > DRAIN_LIMIT) {
            return;   // too much to swallow: the connection is closed and the client may see a reset
        }
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n; read < DRAIN_LIMIT && (n = in.read(buffer)) >= 0; ) {
                read += n;
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away, or the body was already taken: nothing left to read
        }
    }

    /** The app for a site (not started). */
    public static Javalin create(Site site) {
        return create(site, routes -> { });
    }

    /** The app with extra routes registered before the site's own (tests add probes this way). */
    public static Javalin create(Site site, java.util.function.Consumer<io.javalin.config.RoutesConfig> extra) {
        WebSettings s = site.settings();
        try {
            Files.createDirectories(s.uploadTempDir());
        } catch (IOException e) {
            throw new UncheckedIOException("upload temp folder " + s.uploadTempDir() + " could not be created", e);
        }
        Downloads downloads = new Downloads(site);
        PoolScreen pools = PoolSnapshot.bundled(site.library().runner().catalog());
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = s.maxRequestBytes();
            config.http.generateEtags = false;
            config.jetty.host = s.host();
            config.jetty.port = s.port();
            config.jetty.multipartConfig.cacheDirectory(s.uploadTempDir().toString());
            // Jetty's own per-file cap is the request cap: a file over the file limit but inside the request is
            // read whole and refused by HoldingsUploads with a 413 page, instead of a connection cut mid-part
            config.jetty.multipartConfig.maxFileSize(s.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(s.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(64 * 1024, SizeUnit.BYTES);
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = java.util.Map.of("Cache-Control", "max-age=3600");
            });
            config.staticFiles.enableWebjars();
            config.routes.before(new RequestBudget(s.pageWait())::start);
            config.routes.before(SecurityHeaders::apply);
            config.routes.before(new HostGuard(s.allowedHosts())::check);
            config.routes.before(CrossSiteGuard::check);
            config.routes.before(ctx -> refuseDeclaredOversize(ctx, s.maxRequestBytes()));
            new ErrorMapping(site.pages()).register(config.routes);
            extra.accept(config.routes);
            new ApiRoutes(site).register(config.routes);
            new WhatIfRoutes(site).register(config.routes);
            new ManageRoutes(site).register(config.routes);
            new HoldingsRoutes(site).register(config.routes);
            new AssetRoutes(site).register(config.routes);
            new FormRoutes(site).register(config.routes);
            new UploadRoutes(site, downloads.holdingsTemplateAvailable()).register(config.routes);
            new PoolRoutes(pools, site.pages()).register(config.routes);
            new PageRoutes(site, downloads).register(config.routes);
        });
    }
}
