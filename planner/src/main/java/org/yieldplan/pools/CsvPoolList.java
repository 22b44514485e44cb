package org.yieldplan.pools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A pool-list CSV whose rows become pools only when asked for. At once: the header, and each row's first fields up to
 * its pool id and project. A row's other figures are read when its pool is first asked for, by id or by protocol; the
 * list's date when first asked, from every row. A sheet whose rows name none of the list's protocols (and no pool id)
 * so never makes a pool of it.
 *
 * <p>The same answers as the pools {@link PoolCsv#pools} reads ({@link PoolList#of}) for a list that reads without a
 * problem, as the bundled one does. A row that cannot be read is left out when it is made, yet counted in
 * {@link #size} and, when it comes first, keeps its id from a later row of the same id. Thread-safe.
 */
final class CsvPoolList implements PoolList {

    private final CsvRows csv;
    private final PoolCsv.Columns columns;
    private final LocalDate defaultDate;
    /** The first row of each pool id (lower case). */
    private final Map<String, Integer> idRows = new HashMap<>();
    /** Each project's rows, in list order. */
    private final Map<String, List<Integer>> projectRows = new LinkedHashMap<>();
    private final int size;
    private final Pool[] made;
    private final boolean[] tried;
    private String date;

    CsvPoolList(PoolText text, LocalDate defaultDate) {
        this.csv = new CsvRows(text);
        this.columns = PoolCsv.Columns.of(csv);
        this.defaultDate = defaultDate;
        int leading = Math.max(columns.id(), columns.project()) + 1;
        int rows = 0;
        for (int i = 0; i < csv.size(); i++) {
            List<String> r = csv.leading(i, leading);
            if (r == null) {
                continue;                                                    // a blank line
            }
            rows++;
            if (r.size() < leading) {
                continue;                                                    // cut short: no pool to make of it
            }
            String id = columns.id(r);
            String project = CsvRows.text(r, Optional.of(columns.project()));
            if (id != null) {
                idRows.putIfAbsent(id.toLowerCase(Locale.ROOT), i);
            }
            if (project != null) {
                projectRows.computeIfAbsent(project, k -> new ArrayList<>()).add(i);
            }
        }
        this.size = rows;
        this.made = new Pool[csv.size()];
        this.tried = new boolean[csv.size()];
    }

    @Override
    public synchronized Pool withId(String id) {
        Integer row = idRows.get(id.toLowerCase(Locale.ROOT));
        return row == null ? null : pool(row);
    }

    @Override
    public synchronized List<Pool> ofProtocol(String slug) {
        List<Integer> rows = new ArrayList<>();
        projectRows.forEach((project, its) -> {
            if (PoolList.isProtocol(project, slug)) {
                rows.addAll(its);
            }
        });
        rows.sort(Comparator.naturalOrder());                                // list order across projects
        List<Pool> out = new ArrayList<>();
        for (int row : rows) {
            Pool p = pool(row);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public synchronized String date() {
        if (date == null) {
            LocalDate latest = null;
            for (int i = 0; i < made.length; i++) {
                Pool p = pool(i);
                if (p != null && (latest == null || p.date().isAfter(latest))) {
                    latest = p.date();
                }
            }
            date = latest == null ? "?" : latest.toString();
        }
        return date;
    }

    /** Row i's pool, made on first asking; null for a blank row or one that cannot be read. */
    private Pool pool(int i) {
        if (!tried[i]) {
            tried[i] = true;
            try {
                List<String> r = csv.row(i);
                made[i] = r == null ? null : columns.pool(r, defaultDate);
            } catch (IllegalArgumentException e) {
                made[i] = null;                                              // as PoolCsv.pools leaves it out
            }
        }
        return made[i];
    }
}
