package org.yieldplan.holdings;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits an import enforces, so that no file can take the process down or its memory up.
 *
 * @param maxRows     data rows read from one sheet before the file is refused (default 200,000)
 * @param maxFileBytes the largest file accepted, bytes
 */
public record ImportLimits(int maxRows, long maxFileBytes) {

    /** Default: 200,000 holdings, 100 MB. */
    public static final ImportLimits DEFAULT = new ImportLimits(200_000, 100L * 1024 * 1024);

    /** Zip entries in one .xlsx; POI refuses more. */
    public static final long MAX_ZIP_ENTRIES = 1000;
    /** Smallest compressed/uncompressed ratio of a zip entry; below it is a zip bomb. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest uncompressed zip entry, bytes (a 200,000-row sheet is about 40 MB of XML). */
    public static final long MAX_ENTRY_BYTES = 512L * 1024 * 1024;
    /** Largest text POI extracts from one part, characters. */
    public static final long MAX_TEXT_CHARS = 64L * 1024 * 1024;

    public ImportLimits {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows: must be 1 or more, got " + maxRows);
        }
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes: must be 1 or more, got " + maxFileBytes);
        }
    }

    /**
     * Sets POI's process-wide zip limits to this project's values. POI holds them in static
     * fields; every import sets the same values, so concurrent imports agree.
     */
    static void applyZipLimits() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        ZipSecureFile.setMaxFileCount(MAX_ZIP_ENTRIES);
    }
}
