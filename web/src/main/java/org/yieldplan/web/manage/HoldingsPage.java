package org.yieldplan.web.manage;

import org.yieldplan.web.library.ScenarioEntry;

/**
 * The editable holdings table of a saved scenario ({@code /scenarios/{id}/holdings}).
 *
 * @param entry the scenario
 * @param form  the rows and their errors
 */
public record HoldingsPage(ScenarioEntry entry, HoldingsForm form) {
}
