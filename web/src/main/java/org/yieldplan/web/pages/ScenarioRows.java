package org.yieldplan.web.pages;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yieldplan.web.library.ComputeBusy;
import org.yieldplan.web.library.Computed;
import org.yieldplan.web.library.ScenarioEntry;
import org.yieldplan.web.library.StillComputing;
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

    /**
     * The samples' rows, waiting at most {@code wait} in all for those not computed yet (they are computed
     * at start); a sample still computing has no figures and says so.
     */
    public static List<ScenarioRow> samples(ScenarioLibrary library, Duration wait) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        List<ScenarioRow> out = new ArrayList<>();
        for (ScenarioEntry e : library.samples()) {
            Optional<Computed> c = library.cachedSample(e.id());
            if (c.isEmpty()) {
                try {
                    c = library.computed(e.id(), null, Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime())));
                } catch (StillComputing | ComputeBusy notYet) {
                    c = Optional.empty();
                } catch (IllegalArgumentException failed) {
                    out.add(ScenarioRow.failed(e, failed.getMessage()));
                    continue;
                }
            }
            out.add(c.map(ScenarioRow::of).orElseGet(() -> ScenarioRow.pending(e)));
        }
        return out;
    }

    /** One page of the caller's saved scenarios. */
    public static List<ScenarioRow> owned(ScenarioLibrary library, Caller caller, int offset, int limit)
            throws SQLException {
        return library.owned(caller, offset, limit).stream().map(ScenarioRow::of).toList();
    }
}
