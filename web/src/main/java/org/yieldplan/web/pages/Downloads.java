package org.yieldplan.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.yieldplan.web.Site;
import org.yieldplan.web.WebError;
import org.yieldplan.web.library.Computed;
import org.yieldplan.workbook.ProjectionWorkbook;
import org.yieldplan.workbook.HoldingsTemplate;

/**
 * The file downloads: {@code /scenarios/{id}/projection.xlsx} (the planner's projection workbook)
 * and {@code /templates/holdings.xlsx} (the blank holdings workbook). A file is generated whole (into memory, or a
 * temporary file when it may be large) before anything is sent, so a failure is an error status, never a
 * truncated file with 200.
 */
public final class Downloads {

    /** The content type of an .xlsx file. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Site site;

    public Downloads(Site site) {
        this.site = site;
    }

    /** True when this build can write the projection workbook. */
    public boolean workbookAvailable() {
        return true;
    }

    /** True when this build can write the blank holdings template. */
    public boolean holdingsTemplateAvailable() {
        return true;
    }

    /** Registers the download routes this build has. */
    void register(RoutesConfig r) {
        r.get("/scenarios/{id}/projection.xlsx", this::projection);
        r.get("/templates/holdings.xlsx", ctx -> send(ctx, XLSX, attachment("holdings-template", "xlsx"), Downloads::holdingsTemplate));
    }

    private void projection(Context ctx) throws java.sql.SQLException {
        Computed c = site.library().computed(ctx.pathParam("id"), org.yieldplan.web.security.OwnerToken.caller(ctx),
                        org.yieldplan.web.RequestBudget.pageWait(ctx))
                .orElseThrow(() -> WebError.notFound("scenario '" + ctx.pathParam("id") + "'"));
        stream(ctx, XLSX, attachment(c.entry().scenario().name(), "xlsx"), out -> new ProjectionWorkbook().write(c.result(), out));
    }

    /** The blank holdings workbook, whole. */
    static byte[] holdingsTemplate() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            new HoldingsTemplate().write(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the holdings template could not be written", e);
        }
        return out.toByteArray();
    }

    /**
     * Sends a generated file: the bytes are made first, in full; only then are the status, type and
     * file name set. A generator that throws leaves the response untouched, so the error mapping
     * answers with an error status instead of a truncated file.
     */
    public static void send(Context ctx, String contentType, String attachment, Supplier<byte[]> generate) {
        byte[] bytes = generate.get();
        ctx.status(200).contentType(contentType).header("Content-Disposition", attachment)
                .header("Content-Length", Integer.toString(bytes.length)).result(bytes);
    }

    /** Writes a file to a stream. */
    @FunctionalInterface
    public interface FileWriter {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    /**
     * Sends a generated file of any size in bounded memory: it is written whole to a temporary file first, and
     * only then are the status, type and name set and the file streamed out (and deleted). A generator that
     * throws leaves the response untouched, as with {@link #send}.
     */
    public static void stream(Context ctx, String contentType, String attachment, FileWriter generate) {
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("yieldplan-download-", ".tmp");
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file),
                    64 * 1024)) {
                generate.write(out);
            }
            long size = java.nio.file.Files.size(file);
            java.io.InputStream in = java.nio.file.Files.newInputStream(file, java.nio.file.StandardOpenOption.DELETE_ON_CLOSE);
            ctx.status(200).contentType(contentType).header("Content-Disposition", attachment)
                    .header("Content-Length", Long.toString(size)).result(in);
        } catch (java.io.IOException e) {
            deleteQuietly(file);
            throw new java.io.UncheckedIOException("the download could not be written: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static void deleteQuietly(java.nio.file.Path file) {
        if (file != null) {
            try {
                java.nio.file.Files.deleteIfExists(file);
            } catch (java.io.IOException ignored) {
                // a temporary file: the system's cleaner removes it
            }
        }
    }

    /**
     * A Content-Disposition header for a download named after a scenario: the name reduced to
     * ASCII letters, digits, '-' and '_' (at most 60), with an RFC 6266 UTF-8 form alongside.
     */
    public static String attachment(String name, String extension) {
        String safe = safeName(name);
        String file = safe + "." + extension;
        return "attachment; filename=\"" + file + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A file-name stem: letters and digits kept, runs of anything else become '-', "scenario" when empty. */
    public static String safeName(String name) {
        String n = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        n = n.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
        if (n.length() > 60) {
            n = n.substring(0, 60).replaceAll("-$", "");
        }
        return n.isEmpty() ? "scenario" : n;
    }
}
