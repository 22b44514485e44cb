package org.yieldplan.web.upload;

/** The importers this build has, chosen by the file's bytes. */
public final class Importers {

    /** The file picker's types. */
    public static final String ACCEPT = ".json";
    /** The formats read, for a person. */
    public static final String FORMATS = "JSON holdings (an array of {asset, valueUsd, bucket, ...})";

    private Importers() {
    }

    /** JSON holdings. */
    public static HoldingsImporter standard() {
        return new JsonHoldingsImporter();
    }
}
