package org.yieldplan.template;

import java.util.List;
import java.util.Map;
import org.yieldplan.portfolio.Bucket;

/**
 * A template as written in {@code templates.json}: either its own slices, or a weighted mix of
 * other templates (components). Resolved into an {@link AllocationTemplate} by {@link TemplateLibrary}.
 *
 * @param id            a short identifier, e.g. {@code income-core}
 * @param name          a person's name for it
 * @param description   what it is for
 * @param expectedYield the blended yield the source material claims for it (text, e.g. "4-8 %"), or null
 * @param slices        its own asset-and-bucket weights (empty for a mix)
 * @param components    the templates it mixes (empty for a plain template)
 * @param bands         explicit min/max weights per bucket; buckets not listed get target ± {@code band}
 * @param band          the absolute band half-width for buckets without explicit bands (default 0.05)
 */
public record TemplateDefinition(
        String id,
        String name,
        String description,
        String expectedYield,
        List<TemplateSlice> slices,
        List<TemplateComponent> components,
        Map<Bucket, BucketBand> bands,
        Double band) {

    public TemplateDefinition {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("templates: a template needs an id");
        }
        slices = slices == null ? List.of() : List.copyOf(slices);
        components = components == null ? List.of() : List.copyOf(components);
        bands = bands == null ? Map.of() : Map.copyOf(bands);
        if (slices.isEmpty() == components.isEmpty()) {
            throw new IllegalArgumentException("templates." + id
                    + ": give either slices or components (a mix of other templates), not both or neither");
        }
        if (band != null && !(band >= 0 && band <= 1)) {
            throw new IllegalArgumentException("templates." + id + ".band: must be between 0 and 1, got " + band);
        }
    }
}
