/**
 * Excel in and out with Apache POI: the projection workbook (a live model of a
 * {@link org.yieldplan.scenario.ScenarioResult}, formulas over named input cells, each formula
 * cell carrying its computed value). The only package that imports POI.
 *
 * <p>Units: money in USD; rates are fractions, shown as percentages; months 1-based.
 */
package org.yieldplan.workbook;
