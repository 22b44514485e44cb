/**
 * Managing saved scenarios from their page: rename, delete (the upload's bytes go with the last
 * scenario that used them), copy ("… (copy)"), editing an uploaded scenario's holdings, and one asset's own figures (its asset override:
 * for an asset the catalog does not model, starting from the category defaults the upload assumed).
 */
package org.yieldplan.web.manage;
