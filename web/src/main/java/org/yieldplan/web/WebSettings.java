package org.yieldplan.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the site runs.
 *
 * @param host            the address to listen on: {@code 127.0.0.1} unless the site is exposed with {@code --host}
 * @param port            the port; 0 picks a free one (tests)
 * @param dataDir         where the store ({@code yieldplan.db}) and upload temp files live
 * @param maxFileBytes    largest uploaded file, bytes
 * @param maxRequestBytes largest request body (multipart or JSON), bytes
 * @param parseTimeout    longest time an upload may take to read
 * @param allowedHosts    the names a request's {@code Host} header may carry (besides the loopback names);
 *                        anything else is refused (DNS rebinding)
 * @param pageWait        how long a page waits for a scenario's result before it says "still computing"
 */
public record WebSettings(String host, int port, Path dataDir, long maxFileBytes, long maxRequestBytes,
                          Duration parseTimeout, List<String> allowedHosts, Duration pageWait) {

    /** The address the site listens on by default: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** Default largest upload: 10 MB. */
    public static final long DEFAULT_MAX_FILE = 10L * 1024 * 1024;

    public WebSettings {
        allowedHosts = List.copyOf(allowedHosts);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: must be 0 to 65535, got " + port);
        }
        if (maxFileBytes <= 0 || maxRequestBytes < maxFileBytes) {
            throw new IllegalArgumentException("upload limits: need 0 < max file size ≤ max request size");
        }
    }

    /** The defaults on a port and data folder: 10 MB files, 11 MB requests, 20 s to read a file. */
    public static WebSettings of(int port, Path dataDir) {
        return new WebSettings(DEFAULT_HOST, port, dataDir, DEFAULT_MAX_FILE, DEFAULT_MAX_FILE + 1024 * 1024,
                Duration.ofSeconds(20), List.of(), Duration.ofSeconds(2));
    }

    /** The folder for multipart temp files, cleaned after each request. */
    public Path uploadTempDir() {
        return dataDir.resolve("tmp");
    }

    /** A copy with other upload limits. */
    public WebSettings withLimits(long fileBytes, long requestBytes, Duration timeout) {
        return new WebSettings(host, port, dataDir, fileBytes, requestBytes, timeout, allowedHosts, pageWait);
    }

    /** A copy whose pages wait this long for a result before saying "still computing". */
    public WebSettings withPageWait(Duration wait) {
        return new WebSettings(host, port, dataDir, maxFileBytes, maxRequestBytes, parseTimeout, allowedHosts, wait);
    }

    /**
     * A copy listening on another address; a specific address (not a wildcard such as {@code 0.0.0.0}) is also
     * an allowed {@code Host} name.
     */
    public WebSettings withHost(String address, List<String> extraHosts) {
        List<String> allowed = new java.util.ArrayList<>(allowedHosts);
        allowed.addAll(extraHosts);
        if (!address.equals("0.0.0.0") && !address.equals("::") && !address.isBlank()) {
            allowed.add(address);
        }
        return new WebSettings(address, port, dataDir, maxFileBytes, maxRequestBytes, parseTimeout, allowed, pageWait);
    }
}
