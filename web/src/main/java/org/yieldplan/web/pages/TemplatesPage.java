package org.yieldplan.web.pages;

import java.util.List;
import java.util.Map;
import org.yieldplan.income.IncomeSummary;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.template.AllocationTemplate;
import org.yieldplan.template.BucketBand;

/**
 * The allocation templates ({@code /templates}).
 *
 * @param templates each template with its yields on the sample amount
 * @param amountUsd the amount the yields are computed on, USD
 */
public record TemplatesPage(List<TemplateView> templates, double amountUsd) {

    /**
     * One template.
     *
     * @param template the template
     * @param targets  target weight per bucket
     * @param income   its income summary on {@link TemplatesPage#amountUsd()}
     */
    public record TemplateView(AllocationTemplate template, Map<Bucket, Double> targets, IncomeSummary income) {

        /** The band of a bucket. */
        public BucketBand band(Bucket b) {
            return template.bands().get(b);
        }
    }

    public TemplatesPage {
        templates = List.copyOf(templates);
    }
}
