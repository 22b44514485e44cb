package org.yieldplan.pools;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Fetches a DeFiLlama file over HTTP(S) with {@code java.net.http} ({@code https://yields.llama.fi/pools},
 * {@code https://yields.llama.fi/chart/POOL}). Anything but a 200 answer within the timeout is an
 * {@link IllegalArgumentException} naming the address and what went wrong; nothing is half-read.
 */
public final class PoolFetch {

    private PoolFetch() {
    }

    /** True when the text is an http or https address rather than a file. */
    public static boolean isUrl(String from) {
        return from.startsWith("http://") || from.startsWith("https://");
    }

    /**
     * The body of a GET.
     *
     * @param url     the address
     * @param timeout the longest to wait for the connection and for the whole answer
     */
    public static PoolText get(String url, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Accept", "application/json, text/csv, */*").GET().build();
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalArgumentException("GET " + url + ": the server answered " + r.statusCode()
                        + "; nothing was changed");
            }
            return PoolText.of(url, r.body());
        } catch (HttpTimeoutException e) {
            throw new IllegalArgumentException("GET " + url + ": no answer within " + timeout.toSeconds()
                    + " s; nothing was changed");
        } catch (IOException e) {
            throw new IllegalArgumentException("GET " + url + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")") + "; nothing was changed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("GET " + url + ": interrupted; nothing was changed");
        }
    }
}
