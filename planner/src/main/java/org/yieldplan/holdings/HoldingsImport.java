package org.yieldplan.holdings;

import java.util.List;
import org.yieldplan.portfolio.Holding;
import org.yieldplan.portfolio.Portfolio;

/**
 * What an import read: the holdings and the problems.
 *
 * @param holdings the rows that could be read, in file order; at least one
 * @param problems everything not read or read with an assumption, in file order
 * @param format   the detected format: {@code xlsx}, {@code xls} or {@code csv}
 * @param sheet    the sheet the holdings came from (the file name for .csv)
 */
public record HoldingsImport(List<Holding> holdings, List<ImportProblem> problems, String format, String sheet) {

    public HoldingsImport {
        holdings = List.copyOf(holdings);
        problems = List.copyOf(problems);
    }

    /** The holdings as a portfolio. */
    public Portfolio portfolio() {
        return new Portfolio(holdings);
    }

    /** The problems of one severity. */
    public List<ImportProblem> problems(ImportProblem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }
}
