/**
 * Writing Excel with Apache POI (reading lives in {@code holdings}).
 *
 * <p>Projection workbook: {@link org.yieldplan.workbook.ProjectionWorkbook} writes a scenario
 * result as a live model: named input cells, formulas over them, each formula cell carrying its
 * computed value. {@link org.yieldplan.workbook.HoldingsTemplate} writes the blank holdings
 * template that {@link org.yieldplan.holdings.HoldingsReader} imports cleanly.
 *
 * <p>Units as in {@code portfolio}: money in US dollars, rates as fractions a year, shown with
 * percent formats.
 */
package org.yieldplan.workbook;
