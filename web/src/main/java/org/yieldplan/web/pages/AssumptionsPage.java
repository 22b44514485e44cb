package org.yieldplan.web.pages;

import org.yieldplan.market.Catalog;

/**
 * The yield and risk catalog with its sources ({@code /assumptions}).
 *
 * @param catalog the catalog in use
 */
public record AssumptionsPage(Catalog catalog) {
}
