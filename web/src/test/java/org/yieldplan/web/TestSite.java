package org.yieldplan.web;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Duration;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.simulation.WithdrawalSimulator;
import org.yieldplan.sustainability.Thresholds;

/**
 * Starts the real site on a free port over a data folder, runs a test against it, and stops it. The site simulates
 * at most {@value #FEW_PATHS} paths a scenario (these tests are about the site, not the simulation); tests compute
 * the figures they expect with the same {@link #RUNNER}.
 */
final class TestSite {

    /** The most simulation paths a test site runs for a scenario. */
    static final int FEW_PATHS = 200;

    /** The simulator of the test sites (and of the CLI where a test compares with it): every core, few paths. */
    static final WithdrawalSimulator SIMULATOR = new WithdrawalSimulator(Runtime.getRuntime().availableProcessors(),
            FEW_PATHS);

    /**
     * The runner the test sites use: the bundled catalog and templates, few paths, remembering its results (every
     * test site computes the same five samples: once per test JVM is enough).
     */
    static final ScenarioRunner RUNNER = new ScenarioRunner(SampleFiles.catalog(), SampleFiles.templates(),
            Thresholds.defaults(), SIMULATOR).remembering(64);

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

    /** The real site over the settings, with {@link #RUNNER}. */
    static Site open(WebSettings settings) {
        return Site.open(settings, RUNNER);
    }

    static void run(WebSettings settings, Body body) {
        try (Site site = open(settings)) {
            Javalin app = WebApp.create(site);
            JavalinTest.test(app, (server, client) -> body.run(site, new Http(client.getOrigin())));
        }
    }
}
