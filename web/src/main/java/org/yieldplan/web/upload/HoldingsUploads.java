package org.yieldplan.web.upload;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yieldplan.holdings.PriceFileInvalid;
import org.yieldplan.holdings.PriceTable;
import org.yieldplan.scenario.Scenario;
import org.yieldplan.scenario.ScenarioInvalid;
import org.yieldplan.template.TemplateLibrary;
import org.yieldplan.web.Problem;
import org.yieldplan.web.RequestBudget;
import org.yieldplan.web.WebError;
import org.yieldplan.web.security.OwnerToken;
import org.yieldplan.web.WebSettings;
import org.yieldplan.web.library.ScenarioEntry;
import org.yieldplan.web.library.ScenarioLibrary;
import org.yieldplan.web.store.StoredUpload;

/**
 * Receives a holdings file from a multipart request ({@code file} part), reads it within the
 * limits, and saves the upload and its scenario. Reading runs on a small bounded pool: at most
 * {@link #READERS} files are read at once, {@link #QUEUE} more wait, further ones are refused
 * with 503; a read that takes longer than the settings' parse timeout is abandoned with 422.
 */
public final class HoldingsUploads implements AutoCloseable {

    /** Files read at once. */
    public static final int READERS = 2;
    /** Files waiting to be read before new ones are refused. */
    public static final int QUEUE = 64;
    private static final Logger LOG = LoggerFactory.getLogger(HoldingsUploads.class);

    private final long maxFileBytes;
    private final long timeoutMillis;
    private final HoldingsImporter importer;
    private final ThreadPoolExecutor pool;

    public HoldingsUploads(WebSettings settings, HoldingsImporter importer) {
        this.maxFileBytes = settings.maxFileBytes();
        this.timeoutMillis = settings.parseTimeout().toMillis();
        this.importer = importer;
        this.pool = new ThreadPoolExecutor(READERS, READERS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "holdings-reader");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Reads the request's {@code file} part and saves it with a new scenario of its holdings.
     *
     * <p>An optional {@code template} form field names an allocation template for the targets; an optional
     * {@code prices} file part prices the rows with a quantity and no price (else the bundled price table).
     * @throws WebError 400 without a file, 413 when too large, 415 for a format not read,
     *                  422 when nothing usable was read, 503 when too many files are being read
     */
    public UploadOutcome receive(Context ctx, ScenarioLibrary library) throws SQLException {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new WebError(415, "send the file as multipart/form-data in a part named 'file'");
        }
        UploadedFile file = file(ctx);
        try {
            return save(file, prices(ctx), ctx.formParam("template"), library, ctx);
        } finally {
            cleanUp(ctx);
        }
    }

    private UploadOutcome save(UploadedFile file, PriceTable prices, String template, ScenarioLibrary library,
            Context ctx) throws SQLException {
        String name = displayName(file.filename());
        if (file.size() > maxFileBytes) {
            throw tooLarge();
        }
        byte[] bytes = bytes(file);
        if (bytes.length == 0) {
            throw new WebError(422, name + ": the file is empty", List.of(Problem.of("the file is empty")));
        }
        HoldingsImporter.Result read = read(name, bytes, prices, RequestBudget.remaining(ctx).toMillis());
        if (read.holdings().isEmpty()) {
            throw new WebError(422, name + ": no holdings could be read", read.problems().isEmpty()
                    ? List.of(Problem.of("no holdings rows were found")) : read.problems());
        }
        StoredUpload upload = new StoredUpload(library.store().newId(), name, sha256(bytes), bytes.length,
                read.holdings(), read.problems(), Instant.now());
        Scenario scenario;
        try {
            scenario = scenario(name, upload, template, library.runner().templates(), read);
        } catch (ScenarioInvalid e) {
            throw new WebError(422, e.getMessage(), e.problems().stream().map(p -> Problem.ofField(p.field(), p.message())).toList());
        }
        ScenarioEntry entry = library.createFromUpload(upload, bytes, scenario, OwnerToken.owner(ctx),
                RequestBudget.remaining(ctx));
        OwnerToken.keep(ctx);
        return new UploadOutcome(entry, upload);
    }

    private UploadedFile file(Context ctx) {
        UploadedFile file;
        try {
            file = ctx.uploadedFile("file");
        } catch (Exception e) {   // Jetty's multipart errors arrive unchecked or as a ServletException
            if (mentionsSize(e)) {
                org.yieldplan.web.WebApp.drain(ctx, 0);
                throw tooLarge();
            }
            if (mentions(e, "No space left")) {
                throw new WebError(507, "the disk holding the data folder is full: the upload could not be received;"
                        + " nothing was saved; free some space and try again");
            }
            throw new WebError(400, "the upload could not be read as multipart/form-data");
        }
        if (file == null) {
            throw new WebError(400, "choose a holdings file to upload (form field 'file')",
                    List.of(Problem.ofField("file", "no file was sent")));
        }
        return file;
    }

    /**
     * The request's optional {@code prices} part: the person's own prices ({@code symbol,priceUsd,asOf[,source]})
     * for rows with a quantity and no price; null when no price file was chosen.
     *
     * @throws WebError 413 when too large, 422 naming the file, line and column of what cannot be read
     */
    private PriceTable prices(Context ctx) {
        UploadedFile part;
        try {
            part = ctx.uploadedFile("prices");
        } catch (Exception e) {   // the file part was read already; a broken prices part is the client's
            throw new WebError(400, "the price file could not be read from the upload");
        }
        if (part == null || part.size() == 0 && (part.filename() == null || part.filename().isBlank())) {
            return null;   // no price file chosen (a browser sends an empty part)
        }
        String name = displayName(part.filename());
        byte[] bytes = bytes(part);
        try {
            return PriceTable.parse(name, new String(bytes, StandardCharsets.UTF_8));
        } catch (PriceFileInvalid e) {
            String what = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
            throw new WebError(422, "price file " + e.getMessage() + "; nothing was saved", List.of(new Problem("prices",
                    e.file(), e.line() > 0 ? e.line() : null, e.column(), what)));
        }
    }

    private HoldingsImporter.Result read(String name, byte[] bytes, PriceTable prices, long budgetMillis) {
        long timeoutMillis = Math.min(this.timeoutMillis, budgetMillis);
        Future<HoldingsImporter.Result> f;
        try {
            f = pool.submit(() -> importer.read(name, bytes, prices));
        } catch (RejectedExecutionException e) {
            throw new WebError(503, "too many files are being read right now; try again in a moment");
        }
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new WebError(422, name + ": reading the file took longer than " + timeoutMillis / 1000
                    + " s; split it or remove what is not holdings");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebError(503, "the server is stopping");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof WebError w) {
                throw w;
            }
            if (c instanceof IllegalArgumentException) {
                throw new WebError(422, name + ": " + c.getMessage(), List.of(Problem.of(c.getMessage())));
            }
            LOG.warn("holdings file {} could not be read", name, c);
            throw new WebError(422, name + ": the file could not be read ("
                    + (c instanceof OutOfMemoryError ? "too large to read" : c.getClass().getSimpleName()) + ")");
        }
    }

    /** The new scenario: the holdings, the template as targets when given, the default plan settings. */
    static Scenario scenario(String name, StoredUpload upload, String template, TemplateLibrary templates) {
        return scenario(name, upload, template, templates, new HoldingsImporter.Result(upload.holdings(), List.of()));
    }

    /**
     * The scenario over an upload: its description says what the file was recognised as, and the
     * import's assumed figures for assets the catalog does not model are its overrides.
     */
    static Scenario scenario(String name, StoredUpload upload, String template, TemplateLibrary templates,
            HoldingsImporter.Result read) {
        String what = read.recognised() != null ? read.recognised() : upload.holdings().size() + " holdings";
        return Scenario.builder().source("upload " + name).templates(templates).id("upload").name(name)
                .description("Uploaded from " + name + " (" + what + ")").holdings(upload.holdings()).template(template)
                .horizonYears(30).inflation(0.025).overrides(read.assumptions()).build();
    }

    /** A file name fit to show: its last path part, control characters removed, at most 120 characters. */
    static String displayName(String raw) {
        String n = raw == null ? "" : raw;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}]", "").strip();
        if (n.length() > 120) {
            n = n.substring(0, 120);
        }
        return n.isEmpty() ? "holdings" : n;
    }

    private byte[] bytes(UploadedFile file) {
        try (InputStream in = file.content()) {
            byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            if (b.length > maxFileBytes) {
                throw tooLarge();
            }
            return b;
        } catch (IOException e) {
            throw new WebError(400, "the upload was cut off; try again");
        }
    }

    private WebError tooLarge() {
        return new WebError(413, "the file is larger than " + maxFileBytes / (1024 * 1024) + " MB; upload a smaller file");
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsSize(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("exceeded") || m.contains("exceeds") || m.contains("too large") || m.contains("413"))) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Deletes the request's multipart temp files, once its parts have been read. */
    private static void cleanUp(Context ctx) {
        try {
            for (Part p : ctx.req().getParts()) {
                p.delete();
            }
        } catch (Exception e) {
            // the parts were never read (refused before reading) or are already gone
            LOG.debug("multipart clean-up: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
