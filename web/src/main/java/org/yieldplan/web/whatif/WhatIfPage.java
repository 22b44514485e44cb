package org.yieldplan.web.whatif;

import org.yieldplan.scenario.ScenarioResult;
import org.yieldplan.web.library.ScenarioEntry;

/**
 * The what-if answer as a page ({@code /scenarios/{id}/what-if}), for a browser without script.
 *
 * @param entry  the scenario asked about
 * @param result its saved result (the figures the what-if is compared with)
 * @param answer the what-if's answer
 */
public record WhatIfPage(ScenarioEntry entry, ScenarioResult result, WhatIfAnswer answer) {
}
