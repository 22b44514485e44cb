package org.yieldplan.web.manage;

import org.yieldplan.web.library.ScenarioEntry;

/**
 * One asset's figures in a saved scenario ({@code /scenarios/{id}/assets/{asset}}).
 *
 * @param entry    the scenario
 * @param figures  the figures, as shown or typed, with their errors
 * @param defaults what the import said it assumed for the asset (its category's defaults), or null
 */
public record AssetPage(ScenarioEntry entry, AssetFigures figures, String defaults) {
}
