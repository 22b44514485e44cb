package org.yieldplan.web.pages;

import java.sql.SQLException;
import java.util.List;
import org.yieldplan.web.library.Caller;
import org.yieldplan.web.library.ScenarioLibrary;

/**
 * The scenario list's rows, for the home page and {@code GET /api/scenarios}: the samples (their
 * figures once computed) and one page of the caller's saved scenarios, read from the store's summary
 * columns; no scenario is computed to list it.
 */
public final class ScenarioRows {

    /** Saved scenarios a page of the list shows. */
    public static final int PAGE = 50;

    private ScenarioRows() {
    }

    /** The samples' rows; a sample not computed yet has no figures and says so. */
    public static List<ScenarioRow> samples(ScenarioLibrary library) {
        return library.samples().stream().map(e -> library.cachedSample(e.id()).map(ScenarioRow::of)
                .orElseGet(() -> ScenarioRow.pending(e))).toList();
    }

    /** One page of the caller's saved scenarios. */
    public static List<ScenarioRow> owned(ScenarioLibrary library, Caller caller, int offset, int limit)
            throws SQLException {
        return library.owned(caller, offset, limit).stream().map(ScenarioRow::of).toList();
    }
}
