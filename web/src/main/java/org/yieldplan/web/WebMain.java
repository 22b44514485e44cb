package org.yieldplan.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts the site: {@code java -jar web/target/yieldplan-web.jar [--port N] [--data-dir DIR]}.
 * The port comes from {@code --port}, else the {@code PORT} environment variable, else 7070; the
 * data folder from {@code --data-dir}, else {@code ./data}.
 */
public final class WebMain {

    /** The port when none is given. */
    public static final int DEFAULT_PORT = 7070;

    private WebMain() {
    }

    public static void main(String[] args) {
        WebSettings settings;
        try {
            settings = settings(List.of(args), System.getenv("PORT"));
        } catch (IllegalArgumentException e) {
            System.err.println("yieldplan-web: " + e.getMessage());
            System.err.println("usage: java -jar yieldplan-web.jar [--port N] [--data-dir DIR]");
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
        System.out.println("yieldplan is running at http://localhost:" + app.port() + "/ (data in "
                + settings.dataDir().toAbsolutePath().normalize() + ")");
    }

    /** The settings from the arguments and the PORT variable (may be null). */
    static WebSettings settings(List<String> args, String portEnv) {
        int port = DEFAULT_PORT;
        if (portEnv != null && !portEnv.isBlank()) {
            port = port(portEnv, "PORT");
        }
        Path data = Path.of("data");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : i + 1 < args.size() ? args.get(i + 1) : null;
            String key = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            switch (key) {
                case "--port" -> port = port(need(key, value), "--port");
                case "--data-dir" -> data = Path.of(need(key, value));
                case "--help", "-h" -> throw new IllegalArgumentException("options: --port N (default 7070, or PORT), "
                        + "--data-dir DIR (default ./data)");
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
            if (!a.contains("=")) {
                i++;
            }
        }
        return WebSettings.of(port, data);
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
