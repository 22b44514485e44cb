package org.yieldplan.web.upload;

import java.util.List;
import org.yieldplan.template.AllocationTemplate;
import org.yieldplan.web.Problem;

/**
 * The upload page ({@code /upload}).
 *
 * @param error             what went wrong with the last upload, or null
 * @param problems          the file's problems (sheet, row, column, message)
 * @param maxMegabytes      the largest file accepted, MB
 * @param accept            the file types offered in the picker, e.g. {@code .xlsx,.xls,.csv}
 * @param formats           the formats read, for a person
 * @param templates         templates to use as the targets
 * @param holdingsTemplate  true when the blank holdings workbook can be downloaded
 */
public record UploadPage(String error, List<Problem> problems, long maxMegabytes, String accept, String formats,
                         List<AllocationTemplate> templates, boolean holdingsTemplate) {

    public UploadPage {
        problems = List.copyOf(problems);
        templates = List.copyOf(templates);
    }
}
