package org.yieldplan.workbook;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.yieldplan.sustainability.Flag;
import org.yieldplan.sustainability.Severity;
import org.yieldplan.sustainability.SustainableYield;
import org.yieldplan.sustainability.YieldCut;

/**
 * The Flags sheet: one row per sustainability flag (severity, rule, subject, message, evidence),
 * the counts by severity as formulas over the rows, and the sustainable yield with the positions
 * it cuts. Subjects and messages can carry asset and protocol names: string cells.
 */
final class FlagsSheet {

    static final String NAME = "Flags";
    /** Rows of the counts by severity (critical, warning, info), value in column B. */
    static final int COUNTS_ROW = 3;
    /** Title row of the sustainable-yield block (fixed, so its formula does not move with the flags). */
    static final int SUSTAINABLE_ROW = 7;
    /** Header row of the flag table; its rows follow. */
    static final int TABLE_HEADER = 14;
    static final int SEVERITY_COL = 0;

    private FlagsSheet() {
    }

    /** The sheet; it may be streamed (a row per flag, and flags grow with the holdings): rows go top to bottom. */
    static void write(SheetWriter w, List<Flag> flags, SustainableYield sustainable) {
        WorkbookStyles st = w.styles;
        w.widths(12, 26, 40, 90, 60);
        w.sheet.createFreezePane(0, TABLE_HEADER + 1);
        w.print(1, 0);
        w.text(0, 0, "Sustainability flags", st.title);
        w.text(1, 0, "Yields that may not last, one row per flag: the rule that fired, how much it matters, "
                + "and the figures behind it.", st.note);
        int first = TABLE_HEADER + 1;
        int last = TABLE_HEADER + Math.max(1, flags.size());
        String severities = SheetWriter.abs(first, SEVERITY_COL) + ":" + SheetWriter.abs(last, SEVERITY_COL);
        Severity[] order = {Severity.CRITICAL, Severity.WARNING, Severity.INFO};
        w.text(COUNTS_ROW - 1, 0, "Flags by severity", st.subtitle);
        for (int i = 0; i < order.length; i++) {
            Severity severity = order[i];
            String id = severity.name().toLowerCase(Locale.ROOT);
            long count = flags.stream().filter(f -> f.severity() == severity).count();
            w.text(COUNTS_ROW + i, 0, id, st.label);
            // the number of rows of the table with this severity
            w.formula(COUNTS_ROW + i, 1, "COUNTIF(" + severities + ",\"" + id + "\")", count, st.count);
        }
        if (sustainable != null) {
            sustainable(w, SUSTAINABLE_ROW, sustainable);   // above the table: a streamed sheet is written top down
        }
        w.headers(TABLE_HEADER, 0, "Severity", "Rule", "Subject", "Message", "Evidence");
        if (flags.isEmpty()) {
            w.text(first, 0, "No flag: no rule fired.", st.note);
        }
        for (int i = 0; i < flags.size(); i++) {
            Flag f = flags.get(i);
            int r = first + i;
            w.text(r, 0, f.severity().name().toLowerCase(Locale.ROOT), severityStyle(st, f.severity()));
            w.text(r, 1, f.rule(), null);
            w.userText(r, 2, f.subject());
            w.userText(r, 3, f.message());
            w.userText(r, 4, f.evidence().stream().map(e -> e.name() + " " + e.text())
                    .collect(Collectors.joining("; ")));
        }
        if (sustainable != null) {
            cuts(w, last + 3, sustainable.sustainableCuts());
        }
    }

    private static void sustainable(SheetWriter w, int r, SustainableYield s) {
        WorkbookStyles st = w.styles;
        w.text(r, 0, "Sustainable yield", st.subtitle);
        w.text(r + 1, 0, "Blended APY (base)", st.label);
        w.number(r + 1, 2, s.blendedApyBase(), st.percent);
        w.text(r + 2, 0, "Sustainable APY", st.label);
        w.number(r + 2, 2, s.sustainableApy(), st.percent);
        w.text(r + 3, 0, "Part that will not last", st.label);
        w.formula(r + 3, 2, SheetWriter.ref(r + 1, 2) + "-" + SheetWriter.ref(r + 2, 2), s.unsustainableApy(), st.percent);
        w.text(r + 4, 0, "Sustainable income a year", st.label);
        w.number(r + 4, 2, s.sustainableAnnualIncome(), st.usd);
    }

    /** The positions the sustainable yield counts lower, below the flags. */
    private static void cuts(SheetWriter w, int h, List<YieldCut> cuts) {
        WorkbookStyles st = w.styles;
        if (cuts.isEmpty()) {
            return;
        }
        w.text(h - 1, 0, "Yields the sustainable APY counts lower", st.subtitle);
        w.headers(h, 0, "", "Rules", "Position", "Value (USD)", "APY → sustainable APY");
        for (int i = 0; i < cuts.size(); i++) {
            YieldCut c = cuts.get(i);
            w.text(h + 1 + i, 1, String.join(", ", c.rules()), null);
            w.userText(h + 1 + i, 2, c.subject());
            w.number(h + 1 + i, 3, c.valueUsd(), st.usd);
            w.text(h + 1 + i, 4, String.format(Locale.US, "%.2f %% → %.2f %%", c.apy() * 100, c.sustainableApy() * 100),
                    null);
        }
    }

    private static org.apache.poi.xssf.usermodel.XSSFCellStyle severityStyle(WorkbookStyles st, Severity s) {
        return switch (s) {
            case CRITICAL -> st.critical;
            case WARNING -> st.warning;
            case INFO -> st.label;
        };
    }
}
