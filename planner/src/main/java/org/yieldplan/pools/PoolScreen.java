package org.yieldplan.pools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.yieldplan.market.Catalog;
import org.yieldplan.sustainability.Flag;
import org.yieldplan.sustainability.LikelyDrop;
import org.yieldplan.sustainability.PositionFacts;
import org.yieldplan.sustainability.Screening;
import org.yieldplan.sustainability.SustainabilityScreen;
import org.yieldplan.sustainability.Thresholds;
import org.yieldplan.sustainability.YieldCut;

/**
 * Every pool of a pool list screened once: the sustainability rules over all the pools together
 * (the spike rule's comparables are the list's pools), each pool's flags and sustainable APY, and,
 * with a forecast, the likely-drop flag. Immutable; {@link #query} sorts, filters and pages it
 * without screening again.
 *
 * @param date     the list's date
 * @param pools    the screened pools, in list order
 * @param chains   the chains, sorted
 * @param projects the projects, sorted
 * @param rules    the rules that fired on some pool, sorted
 */
public record PoolScreen(LocalDate date, List<ScreenedPool> pools, List<String> chains, List<String> projects,
        List<String> rules) {

    public PoolScreen {
        pools = List.copyOf(pools);
        chains = List.copyOf(chains);
        projects = List.copyOf(projects);
        rules = List.copyOf(rules);
    }

    /**
     * Screens a pool list.
     *
     * @param pools      the pools
     * @param catalog    the catalog (normal ranges, receipts, stablecoins)
     * @param thresholds the rules' thresholds
     * @param probDown   the forecast's probability per pool id (empty without a forecast)
     * @param likelyDrop the likely-drop rule
     */
    public static PoolScreen of(List<Pool> pools, Catalog catalog, Thresholds thresholds, Map<String, Double> probDown,
            LikelyDrop likelyDrop) {
        List<PositionFacts> facts = pools.stream().map(p -> PoolPositions.facts(p, catalog)).toList();
        Screening s = new SustainabilityScreen(thresholds).screen(facts, null);
        Map<String, List<Flag>> flags = new HashMap<>();
        for (Flag f : s.flags()) {
            flags.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
        }
        Map<String, Double> cut = new HashMap<>();
        for (YieldCut c : s.sustainable().sustainableCuts()) {
            cut.put(c.subject(), c.sustainableApy());
        }
        List<ScreenedPool> out = new ArrayList<>();
        TreeSet<String> chains = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> projects = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        TreeSet<String> rules = new TreeSet<>();
        LocalDate date = null;
        for (int i = 0; i < pools.size(); i++) {
            Pool p = pools.get(i);
            List<Flag> f = new ArrayList<>(flags.getOrDefault(p.id(), List.of()));
            Double prob = probDown.get(p.id());
            if (prob != null) {
                likelyDrop.check(p.id(), facts.get(i).apy(), prob, p.date()).ifPresent(f::add);
                f.sort(Comparator.comparing(Flag::severity).reversed());
            }
            f.forEach(x -> rules.add(x.rule()));
            out.add(new ScreenedPool(p, f, cut.getOrDefault(p.id(), facts.get(i).apy()), prob));
            if (p.chain() != null) {
                chains.add(p.chain());
            }
            if (p.project() != null) {
                projects.add(p.project());
            }
            date = date == null || p.date().isAfter(date) ? p.date() : date;
        }
        return new PoolScreen(date, out, List.copyOf(chains), List.copyOf(projects), List.copyOf(rules));
    }

    /** The pools the query selects, sorted, one page of them. */
    public PoolPage query(PoolQuery q) {
        List<ScreenedPool> selected = new ArrayList<>();
        for (ScreenedPool p : pools) {
            if (q.selects(p)) {
                selected.add(p);
            }
        }
        selected.sort(q.order());
        int pages = Math.max(1, (selected.size() + q.size() - 1) / q.size());
        int page = Math.min(q.page(), pages);
        int from = (page - 1) * q.size();
        return new PoolPage(q, selected.subList(Math.min(from, selected.size()), Math.min(from + q.size(), selected.size())),
                selected.size(), page, pages);
    }
}
