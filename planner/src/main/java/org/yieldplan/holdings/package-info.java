/**
 * Reading what users have, with Apache POI for spreadsheets (this package and {@code workbook},
 * which writes, are the only ones that import it).
 *
 * <p>Holdings sheets: {@link org.yieldplan.holdings.HoldingsReader} reads the file people really
 * have (.xlsx, .xls or .csv, told apart by their bytes), finds the header row by meaning
 * ({@link org.yieldplan.holdings.HeaderMatcher}), and returns a
 * {@link org.yieldplan.holdings.HoldingsImport}: the holdings that could be read and an
 * {@link org.yieldplan.holdings.ImportProblem} for each thing it could not (sheet, row as Excel
 * shows it, column, and what to do). A file it cannot use at all is refused with an
 * {@link org.yieldplan.holdings.ImportRefused} whose message is meant for the user.
 *
 * <p>Units as in {@code portfolio}: money in US dollars, rates as fractions a year (a cell showing
 * 5.2 % is read as 0.052). APR columns are converted to APY with daily compounding.
 *
 * <p>Safety: the zip limits of {@link org.yieldplan.holdings.ImportLimits} hold for every part read, by
 * {@link org.yieldplan.holdings.XlsxPackage} for an ordinary .xlsx and by POI (its limits set deliberately) for the
 * rest; XML with a DOCTYPE is refused ({@link org.yieldplan.holdings.XmlScanner} knows no entities but XML's five);
 * every POI failure becomes a refusal message, never a stack trace.
 */
package org.yieldplan.holdings;
