/**
 * Jackson at the edge: the one configured {@link org.yieldplan.json.Json#mapper() mapper}, the
 * readers of the sample files (catalog, templates, scenarios) with messages that name the file,
 * line, column and field at fault, and the documented JSON form of a scenario result.
 * No other package imports Jackson.
 */
package org.yieldplan.json;
