package org.yieldplan.web;

import java.util.List;
import org.yieldplan.json.SampleFiles;
import org.yieldplan.market.Catalog;
import org.yieldplan.simulation.WithdrawalSimulator;
import org.yieldplan.sustainability.Thresholds;
import org.yieldplan.scenario.ScenarioRunner;
import org.yieldplan.simulation.WithdrawalSimulator;
import org.yieldplan.sustainability.Thresholds;
import org.yieldplan.web.library.ComputePool;
import org.yieldplan.web.library.ScenarioLibrary;
import org.yieldplan.web.pages.Pages;
import org.yieldplan.web.store.Database;
import org.yieldplan.web.store.ScenarioStore;
import org.yieldplan.web.upload.HoldingsUploads;
import org.yieldplan.web.upload.Importers;

/**
 * What the routes share: the settings, the scenario library (with its store and runner), the page
 * renderer and the upload reader. Built once at start; closed at stop.
 *
 * @param settings the settings
 * @param database the open store
 * @param library  samples and saved scenarios
 * @param pages    the page renderer
 * @param uploads  reads uploaded holdings files within the limits
 */
public record Site(WebSettings settings, Database database, ScenarioLibrary library, Pages pages,
                   HoldingsUploads uploads) implements AutoCloseable {

    /** Opens the store under the settings' data folder and loads the bundled catalog, templates and samples. */
    public static Site open(WebSettings settings) {
        // one thread a simulation: the compute pool runs one simulation per core, so requests keep a core's share
        Catalog catalog = SampleFiles.catalog();
        return open(settings, new ScenarioRunner(catalog, SampleFiles.templates(), Thresholds.defaults(),
                new WithdrawalSimulator(1), SampleFiles.marketHistory(catalog)));
    }

    /** As {@link #open(WebSettings)}, computing with the given runner (tests pass one that simulates few paths). */
    public static Site open(WebSettings settings, ScenarioRunner runner) {
        Database db = Database.open(settings.dataDir());
        ScenarioLibrary library = new ScenarioLibrary(runner, new ScenarioStore(db), List.copyOf(SampleFiles.scenarios()),
                ComputePool.standard());
        return new Site(settings, db, library, new Pages(),
                new HoldingsUploads(settings, Importers.standard(runner.catalog())));
    }

    @Override
    public void close() {
        uploads.close();
        library.close();
        database.close();
    }
}
