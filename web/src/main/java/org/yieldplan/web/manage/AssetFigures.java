package org.yieldplan.web.manage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.market.AssumptionOverride;
import org.yieldplan.web.input.Numbers;
import org.yieldplan.web.pages.Fmt;

/**
 * The figures a person can set for one asset of a scenario (its asset override), as the form shows
 * them: percent, rounded to two decimals. An asset the catalog does not model has the defaults of its
 * category here after an upload (volatility, median growth, token inflation: see the import's warning).
 *
 * @param asset  the asset symbol
 * @param values field → text as shown or typed (percent)
 * @param errors field → what is wrong
 */
public record AssetFigures(String asset, Map<String, String> values, Map<String, String> errors) {

    /** The fields, in the form's order. */
    public static final List<String> FIELDS = List.of("volatility", "medianGrowth", "tokenInflation", "failureProbability");

    public AssetFigures {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /**
     * The asset's own figures: its asset override's; a figure it does not set is blank (the catalog's, or the
     * category default's, applies). Not the figures of its positions: those carry the assumption set's shifts.
     */
    static AssetFigures of(String asset, AssumptionOverride own) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : FIELDS) {
            Double x = own == null ? null : switch (f) {
                case "volatility" -> own.volatility();
                case "medianGrowth" -> own.medianGrowth();
                case "tokenInflation" -> own.tokenInflation();
                default -> own.failureProbability();
            };
            v.put(f, x == null ? "" : Fmt.plain(Math.round(x * 100 * 100) / 100d));
        }
        return new AssetFigures(asset, v, Map.of());
    }

    /** The form as submitted. */
    static AssetFigures submitted(String asset, Map<String, List<String>> params) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : FIELDS) {
            List<String> p = params.get(f);
            String t = p == null || p.isEmpty() ? "" : p.get(0);
            v.put(f, t.length() > 40 ? t.substring(0, 40) : t);
        }
        return new AssetFigures(asset, v, Map.of());
    }

    /**
     * The asset override these figures make, the rest of {@code own} kept; fills {@code errors} (field → message)
     * for a figure that is not a number or out of range, and then returns null.
     */
    AssumptionOverride override(AssumptionOverride own, Map<String, String> errors) {
        Map<String, Double> f = new LinkedHashMap<>();
        for (String name : FIELDS) {
            try {
                Double pct = Numbers.parse(values.get(name));
                f.put(name, pct == null ? null : pct / 100);
            } catch (NumberFormatException e) {
                errors.put(name, "enter a percentage, e.g. 45");
            }
        }
        check(f, "volatility", 0, 10, "between 0 and 1,000 %", errors);
        check(f, "medianGrowth", -1, 10, "between −100 and 1,000 % a year", errors);
        check(f, "tokenInflation", -1, 10, "between −100 and 1,000 % a year", errors);
        check(f, "failureProbability", 0, 1, "between 0 and 100 %", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        AssumptionOverride o = own != null ? own
                : new AssumptionOverride(null, asset, null, null, null, null, null, null, null, null, null, null, null);
        return new AssumptionOverride(o.bucket(), asset, o.apyLow(), o.apyBase(), o.apyHigh(), o.rewardShare(),
                f.get("volatility"), f.get("medianGrowth"), f.get("tokenInflation"), o.yieldVolatility(),
                f.get("failureProbability"), o.lossGivenFailure(), o.lockupDays());
    }

    /** The overrides with the asset's own (asset only, no bucket) replaced by {@code mine}, or added. */
    static List<AssumptionOverride> replace(List<AssumptionOverride> all, String asset, AssumptionOverride mine) {
        List<AssumptionOverride> out = new ArrayList<>();
        boolean done = false;
        for (AssumptionOverride o : all) {
            if (own(o, asset)) {
                if (!done) {
                    out.add(mine);
                    done = true;
                }
            } else {
                out.add(o);
            }
        }
        if (!done) {
            out.add(mine);
        }
        return out;
    }

    /** True when {@code o} is the asset's own override (names the asset and no bucket). */
    static boolean own(AssumptionOverride o, String asset) {
        return o.bucket() == null && o.asset() != null && o.asset().strip().equalsIgnoreCase(asset);
    }

    /** The error of a field, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    AssetFigures withErrors(Map<String, String> more) {
        return new AssetFigures(asset, values, more);
    }

    private static void check(Map<String, Double> f, String name, double min, double max, String range,
            Map<String, String> errors) {
        Double x = f.get(name);
        if (x != null && !(x >= min && x <= max)) {
            errors.putIfAbsent(name, "enter a figure " + range);
        }
    }
}
