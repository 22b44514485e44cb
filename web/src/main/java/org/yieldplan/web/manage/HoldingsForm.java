package org.yieldplan.web.manage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yieldplan.portfolio.Bucket;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.web.pages.Fmt;

/**
 * The holdings table as an editable form: one row per holding (asset, value, bucket, protocol, APY
 * in %), a few blank rows to add holdings, a "remove" box per row; each field is {@code h.ROW.NAME}
 * and {@code h.ROW.from} keeps which holding the row started as, so that what the table does not
 * show (quantity, chain, reward APY, lock-up, cost) is kept.
 *
 * @param rows   the rows, as shown or typed
 * @param errors field name ({@code h.3.value}) → what is wrong
 */
public record HoldingsForm(List<Row> rows, Map<String, String> errors) {

    /** Blank rows offered for new holdings. */
    static final int BLANK_ROWS = 3;
    /** The most rows a submitted form is read for. */
    static final int MAX_ROWS = 10_000;

    /**
     * One row, as text.
     *
     * @param from     the index of the holding it started as, or "" for a new one
     * @param asset    asset symbol
     * @param value    value in USD
     * @param bucket   bucket id
     * @param protocol protocol, may be blank
     * @param apy      base APY in %, blank for the catalog's
     * @param remove   true when ticked for removal
     */
    public record Row(String from, String asset, String value, String bucket, String protocol, String apy,
                      boolean remove) {
    }

    public HoldingsForm {
        rows = List.copyOf(rows);
        errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** The form for these holdings, with blank rows after them. */
    static HoldingsForm of(List<Holding> holdings) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < holdings.size(); i++) {
            Holding h = holdings.get(i);
            rows.add(new Row(Integer.toString(i), h.asset(), Fmt.plain(Math.round(h.valueUsd() * 100) / 100d),
                    h.bucket().id(), h.protocol() == null ? "" : h.protocol(),
                    h.apyBase() == null ? "" : Fmt.plain(Math.round(h.apyBase() * 100 * 10_000) / 10_000d), false));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row("", "", "", Bucket.GROWTH.id(), "", "", false));
        }
        return new HoldingsForm(rows, Map.of());
    }

    /** The form as submitted. */
    static HoldingsForm submitted(Map<String, List<String>> params) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            String p = "h." + i + ".";
            if (!params.containsKey(p + "asset") && !params.containsKey(p + "value")) {
                break;
            }
            rows.add(new Row(first(params, p + "from"), first(params, p + "asset"), first(params, p + "value"),
                    first(params, p + "bucket"), first(params, p + "protocol"), first(params, p + "apy"),
                    "yes".equals(first(params, p + "remove"))));
        }
        return new HoldingsForm(rows, Map.of());
    }

    /** The error of a row's field, or null. */
    public String error(int row, String name) {
        return errors.get("h." + row + "." + name);
    }

    /** True when any field is in error. */
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The buckets, for the select. */
    public static List<Bucket> buckets() {
        return List.of(Bucket.values());
    }

    HoldingsForm withErrors(Map<String, String> more) {
        return new HoldingsForm(rows, more);
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> v = params.get(key);
        if (v == null || v.isEmpty()) {
            return "";
        }
        String t = v.get(0);
        return t.length() > 200 ? t.substring(0, 200) : t;
    }
}
