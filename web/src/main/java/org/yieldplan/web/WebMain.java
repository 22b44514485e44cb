package org.yieldplan.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts the site: {@code java -jar web/target/yieldplan-web.jar [--port N] [--data-dir DIR] [--host A]
 * [--allowed-host NAMES]}. The port comes from {@code --port}, else the {@code PORT} environment variable, else
 * 7070; the data folder from {@code --data-dir}, else {@code ./data}; the site listens on 127.0.0.1 unless
 * {@code --host} says otherwise, and answers only to the loopback names, the {@code --host} address and the
 * {@code --allowed-host} names.
 */
public final class WebMain {

    /** The port when none is given. */
    public static final int DEFAULT_PORT = 7070;

    private static final String USAGE = "[--port N] (default 7070, or PORT) [--data-dir DIR] (default ./data)"
            + " [--host ADDRESS] (default 127.0.0.1; 0.0.0.0 to expose) [--allowed-host NAME,...] (Host names besides localhost)";

    private WebMain() {
    }

    public static void main(String[] args) {
        WebSettings settings;
        try {
            settings = settings(List.of(args), System.getenv("PORT"));
        } catch (IllegalArgumentException e) {
            System.err.println("yieldplan-web: " + e.getMessage());
            System.err.println("usage: java -jar yieldplan-web.jar " + USAGE);
            System.exit(2);
            return;
        }
        Site site;
        try {
            site = Site.open(settings);
        } catch (RuntimeException e) {
            System.err.println("yieldplan-web: " + e.getMessage());
            System.exit(2);
            return;
        }
        Javalin app = WebApp.create(site);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            site.close();
        }, "shutdown"));
        app.start();
        Thread warm = new Thread(site.library()::warmUp, "warm-up");
        warm.setDaemon(true);
        warm.start();
        System.out.println("yieldplan is running at http://localhost:" + app.port() + "/ (listening on "
                + settings.host() + "; data in "
                + settings.dataDir().toAbsolutePath().normalize() + ")");
    }

    /** The settings from the arguments and the PORT variable (may be null). */
    static WebSettings settings(List<String> args, String portEnv) {
        int port = DEFAULT_PORT;
        if (portEnv != null && !portEnv.isBlank()) {
            port = port(portEnv, "PORT");
        }
        Path data = Path.of("data");
        String host = WebSettings.DEFAULT_HOST;
        List<String> allowed = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.size() ? args.get(i + 1) : null;
            String key = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            switch (key) {
                case "--port" -> port = port(need(key, value), "--port");
                case "--data-dir" -> data = Path.of(need(key, value));
                case "--host" -> host = need(key, value).strip();
                case "--allowed-host" -> allowed.addAll(List.of(need(key, value).strip().split("\\s*,\\s*")));
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
            if (!a.contains("=")) {
                i++;
            }
        }
        return WebSettings.of(port, data).withHost(host, allowed);
    }

    private static String need(String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + ": needs a value");
        }
        return value;
    }

    private static int port(String text, String from) {
        try {
            int p = Integer.parseInt(text.strip());
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(from + ": '" + text + "' is not a port (0-65535)");
        }
    }
}
