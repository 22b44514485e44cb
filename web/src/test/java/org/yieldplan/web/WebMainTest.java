package org.yieldplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebMainTest {

    @Test
    void defaultsArePort7070AndDataFolder() {
        WebSettings s = WebMain.settings(List.of(), null);
        assertThat(s.port()).isEqualTo(7070);
        assertThat(s.dataDir()).isEqualTo(Path.of("data"));
        assertThat(s.maxFileBytes()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void portComesFromTheOptionBeforeThePortVariable() {
        assertThat(WebMain.settings(List.of(), "8080").port()).isEqualTo(8080);
        assertThat(WebMain.settings(List.of("--port", "9090"), "8080").port()).isEqualTo(9090);
        assertThat(WebMain.settings(List.of("--port=9191", "--data-dir=/tmp/yp"), null).dataDir()).isEqualTo(Path.of("/tmp/yp"));
        assertThat(WebMain.settings(List.of("--data-dir", "x/y"), null).dataDir()).isEqualTo(Path.of("x/y"));
    }

    @Test
    void badOptionsAreOneLineMessages() {
        assertThatThrownBy(() -> WebMain.settings(List.of("--port", "http"), null)).hasMessage("--port: 'http' is not a port (0-65535)");
        assertThatThrownBy(() -> WebMain.settings(List.of(), "99999")).hasMessage("PORT: '99999' is not a port (0-65535)");
        assertThatThrownBy(() -> WebMain.settings(List.of("--colour"), null)).hasMessage("unknown option '--colour'");
        assertThatThrownBy(() -> WebMain.settings(List.of("--data-dir"), null)).hasMessage("--data-dir: needs a value");
    }
}
