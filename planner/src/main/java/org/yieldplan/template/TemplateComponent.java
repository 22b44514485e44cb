package org.yieldplan.template;

/**
 * One template in a mix.
 *
 * @param template the id of the template mixed in
 * @param weight   its share of the mix, a fraction
 */
public record TemplateComponent(String template, double weight) {

    public TemplateComponent {
        if (template == null || template.isBlank()) {
            throw new IllegalArgumentException("components: a component names a template");
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("components: " + template + " has weight " + weight
                    + "; a weight lies in (0, 1]");
        }
    }
}
