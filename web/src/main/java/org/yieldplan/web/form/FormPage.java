package org.yieldplan.web.form;

import java.util.List;
import org.yieldplan.template.AllocationTemplate;
import org.yieldplan.web.library.ScenarioEntry;

/**
 * The scenario form page.
 *
 * @param heading        the page heading
 * @param action         where the form posts
 * @param active         the navigation item to highlight: {@code new} or {@code scenarios} (editing)
 * @param form           the fields and their errors
 * @param templates      the allocation templates to choose from
 * @param holdingSources scenarios whose holdings can be used
 * @param note           a line above the form (e.g. "samples are read-only: saving makes a copy"), or null
 */
public record FormPage(String heading, String action, String active, ScenarioForm form, List<AllocationTemplate> templates,
                       List<ScenarioEntry> holdingSources, String note) {

    public FormPage {
        templates = List.copyOf(templates);
        holdingSources = List.copyOf(holdingSources);
    }
}
