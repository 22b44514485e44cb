package org.yieldplan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A plain HTTP client for the tests, standing for one browser: it keeps its cookies (so the owner token
 * it is given comes back), follows no redirects, keeps bytes, builds multipart by hand.
 */
final class Http {

    /** A response. */
    record Resp(int status, byte[] bytes, HttpHeaders headers) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new java.net.CookieManager()).connectTimeout(Duration.ofSeconds(10)).build();

    Http(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    /** Another browser on the same site, with no cookies. */
    Http stranger() {
        return new Http(base);
    }

    Resp get(String path, String... headers) throws IOException, InterruptedException {
        return send(builder(path, headers).GET().build());
    }

    Resp post(String path, String contentType, byte[] body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = builder(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    Resp delete(String path, String... headers) throws IOException, InterruptedException {
        return send(builder(path, headers).DELETE().build());
    }

    Resp patchJson(String path, String json) throws IOException, InterruptedException {
        return send(builder(path).method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").build());
    }

    Resp postJson(String path, String json, String... headers) throws IOException, InterruptedException {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    Resp postForm(String path, Map<String, String> fields, String... headers) throws IOException, InterruptedException {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return post(path, "application/x-www-form-urlencoded", b.toString().getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A file part of a multipart request: the form field, the file's name and its bytes. */
    record FilePart(String field, String filename, byte[] content) {
    }

    /** A multipart/form-data POST with one file part named {@code file} (when filename is not null) and text fields. */
    Resp upload(String path, String filename, byte[] content, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        return upload(path, filename == null ? List.of() : List.of(new FilePart("file", filename, content)), fields, headers);
    }

    /** A multipart/form-data POST with these file parts and text fields. */
    Resp upload(String path, List<FilePart> files, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        String boundary = "----yp" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (FilePart f : files) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field() + "\"; filename=\""
                    + f.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(f.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, out.toByteArray(), headers);
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private Resp send(HttpRequest r) throws IOException, InterruptedException {
        HttpResponse<byte[]> res = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
        return new Resp(res.statusCode(), res.body(), res.headers());
    }
}
