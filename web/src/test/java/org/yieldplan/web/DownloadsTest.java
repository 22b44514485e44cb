package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yieldplan.web.pages.Downloads;

/** A download that fails while being generated is an error status, never a 200 with part of a file. */
class DownloadsTest {

    @TempDir
    Path dir;

    @Test
    void aGeneratorThatFailsGivesAnErrorStatusAndNoFile() {
        try (Site site = TestSite.open(TestSite.settings(dir))) {
            Javalin app = WebApp.create(site, routes -> {
                routes.get("/test/broken.xlsx", ctx -> Downloads.send(ctx, "application/octet-stream",
                    Downloads.attachment("broken", "xlsx"), () -> {
                        throw new IllegalStateException("the workbook could not be written");
                    }));
                routes.get("/test/fine.bin", ctx -> Downloads.send(ctx, "application/octet-stream",
                    Downloads.attachment("fine", "bin"), () -> new byte[] {1, 2, 3}));
            });
            JavalinTest.test(app, (server, client) -> {
                Http http = new Http(client.getOrigin());
                Http.Resp broken = http.get("/test/broken.xlsx");
                assertThat(broken.status()).isGreaterThanOrEqualTo(400);
                assertThat(broken.header("Content-Disposition")).isNull();
                assertThat(broken.header("Content-Type")).startsWith("text/html");
                Http.Resp fine = http.get("/test/fine.bin");
                assertThat(fine.status()).isEqualTo(200);
                assertThat(fine.bytes()).containsExactly(1, 2, 3);
                assertThat(fine.header("Content-Disposition")).isEqualTo("attachment; filename=\"fine.bin\"; filename*=UTF-8''fine.bin");
            });
        }
    }
}
