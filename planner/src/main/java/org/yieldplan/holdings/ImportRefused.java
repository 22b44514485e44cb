package org.yieldplan.holdings;

/**
 * A file the import cannot use at all; the message says why and what to do, for a person
 * ("the workbook is password-protected; remove the password and upload it again").
 */
public final class ImportRefused extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ImportRefused(String message) {
        super(message);
    }

    public ImportRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
