package org.yieldplan.web.manage;

import org.yieldplan.web.library.ScenarioEntry;

/**
 * The editable holdings table of a saved scenario ({@code /scenarios/{id}/holdings}).
 *
 * @param entry the scenario
 * @param form  the rows and their errors
 */
public record HoldingsPage(ScenarioEntry entry, HoldingsForm form) {

    /** "lot of 2024-02-10" for a row that started as a lot (a holding with its acquisition date), else null. */
    public String lotOf(String from) {
        var holdings = entry.scenario().holdings();
        try {
            int i = Integer.parseInt(from);
            return i >= 0 && i < holdings.size() && holdings.get(i).acquired() != null
                    ? "lot of " + holdings.get(i).acquired() : null;
        } catch (NumberFormatException e) {
            return null;   // a new row
        }
    }
}
