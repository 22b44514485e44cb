package org.yieldplan.web.pages;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.yieldplan.web.library.ScenarioEntry;
import org.yieldplan.web.library.ScenarioLibrary;

/** The scenario list's rows, for the home page and {@code GET /api/scenarios}. */
public final class ScenarioRows {

    private ScenarioRows() {
    }

    /** One row per scenario, samples first; a scenario that cannot be computed gets a row with its error. */
    public static List<ScenarioRow> of(ScenarioLibrary library) throws SQLException {
        List<ScenarioRow> out = new ArrayList<>();
        for (ScenarioEntry e : library.all()) {
            try {
                out.add(library.computed(e.id()).map(ScenarioRow::of).orElseGet(() -> ScenarioRow.failed(e, "not found")));
            } catch (IllegalArgumentException ex) {
                out.add(ScenarioRow.failed(e, ex.getMessage()));
            }
        }
        return out;
    }
}
