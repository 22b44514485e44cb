/**
 * Excel in and out, with Apache POI (the only package that imports it).
 *
 * <p>Holdings import: {@link org.yieldplan.workbook.HoldingsReader} reads the file people really
 * have (.xlsx, .xls or .csv, told apart by their bytes), finds the header row by meaning
 * ({@link org.yieldplan.workbook.HeaderMatcher}), and returns a
 * {@link org.yieldplan.workbook.HoldingsImport}: the holdings that could be read and an
 * {@link org.yieldplan.workbook.ImportProblem} for each thing it could not (sheet, row as Excel
 * shows it, column, and what to do). A file it cannot use at all is refused with an
 * {@link org.yieldplan.workbook.ImportRefused} whose message is meant for the user.
 * {@link org.yieldplan.workbook.HoldingsTemplate} writes the blank template that imports cleanly.
 *
 * <p>Units as in {@code portfolio}: money in US dollars, rates as fractions a year (a cell showing
 * 5.2 % is read as 0.052). APR columns are converted to APY with daily compounding.
 *
 * <p>Safety: POI's zip limits are set deliberately (see {@link org.yieldplan.workbook.ImportLimits});
 * XML with a DOCTYPE is refused; every POI failure becomes a refusal message, never a stack trace.
 *
 * <p>Projection workbook: {@link org.yieldplan.workbook.ProjectionWorkbook} writes a scenario
 * result as a live model: named input cells, formulas over them, each formula cell carrying its
 * computed value.
 */
package org.yieldplan.workbook;
