/**
 * Uploaded holdings files: received within explicit limits (file size, request size, a bounded
 * time to read, a bounded number read at once), read by a
 * {@link org.yieldplan.web.upload.HoldingsImporter}, and saved with the scenario made from them in
 * one transaction. Multipart temp files live in their own folder and are deleted after each
 * request. A file that cannot be read is a 4xx with the importer's problems, never a 500.
 */
package org.yieldplan.web.upload;
