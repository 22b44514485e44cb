package org.yieldplan.web.upload;

import org.yieldplan.market.Catalog;

/** The importers this build has, chosen by the file's bytes: JSON holdings, else spreadsheets. */
public final class Importers {

    /** The file picker's types. */
    public static final String ACCEPT = ".xlsx,.xls,.csv,.json";
    /** The formats read, for a person. */
    public static final String FORMATS = "Excel (.xlsx, .xls), CSV, or JSON holdings";

    private Importers() {
    }

    /** JSON when the bytes start with '[' or '{', else the spreadsheet reader. */
    public static HoldingsImporter standard(Catalog catalog) {
        JsonHoldingsImporter json = new JsonHoldingsImporter();
        WorkbookHoldingsImporter workbook = new WorkbookHoldingsImporter(catalog);
        return (name, bytes, prices) -> JsonHoldingsImporter.looksLikeJson(bytes) ? json.read(name, bytes, prices)
                : workbook.read(name, bytes, prices);
    }
}
