package org.yieldplan.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yieldplan.portfolio.Bucket;

/**
 * The named templates, with mixes resolved: a mix's slice weights are Σ component weight ×
 * the component's slice weight, merged by asset and bucket; its bands are the target ± the band
 * half-width (0.05 by default) unless stated.
 */
public final class TemplateLibrary {

    /** Absolute band half-width for buckets without an explicit band: target ± 5 points. */
    public static final double DEFAULT_BAND = 0.05;

    private final Map<String, AllocationTemplate> templates = new LinkedHashMap<>();

    /**
     * Resolves every definition.
     *
     * @throws IllegalArgumentException naming the template when an id repeats, a component is
     *                                  unknown, mixes form a cycle, or weights do not sum to 1
     */
    public TemplateLibrary(List<TemplateDefinition> definitions) {
        Map<String, TemplateDefinition> byId = new LinkedHashMap<>();
        for (TemplateDefinition d : definitions) {
            if (byId.put(key(d.id()), d) != null) {
                throw new IllegalArgumentException("templates: " + d.id() + " is defined twice");
            }
        }
        for (TemplateDefinition d : definitions) {
            resolve(d, byId, new ArrayDeque<>());
        }
    }

    /** All templates, in file order. */
    public List<AllocationTemplate> all() {
        return List.copyOf(templates.values());
    }

    /** The template with this id (case-insensitive). */
    public Optional<AllocationTemplate> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(templates.get(key(id)));
    }

    /** The template with this id, or an error listing the known ids. */
    public AllocationTemplate get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("template: unknown template '" + id
                + "'; known templates: " + String.join(", ", templates.values().stream().map(AllocationTemplate::id).toList())));
    }

    private AllocationTemplate resolve(TemplateDefinition d, Map<String, TemplateDefinition> byId, Deque<String> path) {
        AllocationTemplate done = templates.get(key(d.id()));
        if (done != null) {
            return done;
        }
        if (path.contains(key(d.id()))) {
            throw new IllegalArgumentException("templates." + d.id() + ": mixes form a cycle through " + path);
        }
        path.push(key(d.id()));
        List<TemplateSlice> slices;
        if (d.components().isEmpty()) {
            slices = d.slices();
        } else {
            double total = d.components().stream().mapToDouble(TemplateComponent::weight).sum();
            if (Math.abs(total - 1) > AllocationTemplate.WEIGHT_TOLERANCE) {
                throw new IllegalArgumentException("templates." + d.id() + ": component weights sum to " + total + ", not 1");
            }
            Map<String, TemplateSlice> merged = new LinkedHashMap<>();
            for (TemplateComponent c : d.components()) {
                TemplateDefinition part = byId.get(key(c.template()));
                if (part == null) {
                    throw new IllegalArgumentException("templates." + d.id() + ": component '" + c.template()
                            + "' is not a known template");
                }
                for (TemplateSlice s : resolve(part, byId, path).slices()) {
                    String k = key(s.asset()) + "|" + s.bucket();
                    double w = c.weight() * s.weight();   // weight in the mix = component weight × slice weight
                    TemplateSlice prev = merged.get(k);
                    merged.put(k, new TemplateSlice(s.asset(), s.bucket(), prev == null ? w : prev.weight() + w));
                }
            }
            slices = new ArrayList<>(merged.values());
        }
        path.pop();
        AllocationTemplate t = new AllocationTemplate(d.id(), d.name() == null ? d.id() : d.name(), d.description(),
                d.expectedYield(), slices, Map.of(), d.components());
        Map<Bucket, BucketBand> bands = new EnumMap<>(Bucket.class);
        double half = d.band() == null ? DEFAULT_BAND : d.band();
        t.bucketTargets().forEach((b, target) -> bands.put(b, d.bands().containsKey(b) ? d.bands().get(b)
                : new BucketBand(Math.max(0, target - half), Math.min(1, target + half))));
        AllocationTemplate withBands = new AllocationTemplate(t.id(), t.name(), t.description(), t.expectedYield(),
                t.slices(), bands, t.components());
        templates.put(key(d.id()), withBands);
        return withBands;
    }

    private static String key(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }
}
