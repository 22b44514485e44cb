/**
 * Managing saved scenarios from their page: rename, delete (the upload's bytes go with the last
 * scenario that used them), copy ("… (copy)"), and editing an uploaded scenario's holdings.
 */
package org.yieldplan.web.manage;
