package org.yieldplan.web;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Duration;

/** Starts the real site on a free port over a data folder, runs a test against it, and stops it. */
final class TestSite {

    /** A test body. */
    interface Body {
        void run(Site site, Http http) throws Exception;
    }

    private TestSite() {
    }

    /** The default settings on a free port over the folder. */
    static WebSettings settings(Path dir) {
        // pages wait for results (as a visitor who reloads would), so tests see the computed page
        return WebSettings.of(0, dir).withLimits(WebSettings.DEFAULT_MAX_FILE, WebSettings.DEFAULT_MAX_FILE + 1024 * 1024,
                Duration.ofSeconds(20)).withPageWait(Duration.ofSeconds(60));
    }

    static void run(Path dir, Body body) {
        run(settings(dir), body);
    }

    static void run(WebSettings settings, Body body) {
        try (Site site = Site.open(settings)) {
            Javalin app = WebApp.create(site);
            JavalinTest.test(app, (server, client) -> body.run(site, new Http(client.getOrigin())));
        }
    }
}
