package org.yieldplan.pools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The text of a DeFiLlama file as given (JSON or CSV), gzip-compressed or not: compression is told
 * from the bytes (gzip's magic 1f 8b), not the name. The format is told from the first character:
 * {@code {} or {@code [} is JSON, anything else CSV.
 *
 * @param source where it came from, for messages
 * @param text   the text (UTF-8)
 */
public record PoolText(String source, String text) {

    /** The text of a file. */
    public static PoolText of(Path file) {
        try {
            return of(file.toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The text of bytes, gunzipped when they are gzip. */
    public static PoolText of(String source, byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalArgumentException(source + ": a gzip file that cannot be unpacked (" + e.getMessage() + ")");
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new PoolText(source, text);
    }

    /** True when the text is JSON (starts with an object or an array). */
    public boolean json() {
        String t = text.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }
}
