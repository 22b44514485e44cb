package org.yieldplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrefetchTest {

    @Test
    void get_givesTheValueWorkedOutOnceOnADaemonThread() {
        AtomicInteger calls = new AtomicInteger();
        Prefetch<String> p = Prefetch.start("test value", () -> {
            calls.incrementAndGet();
            Thread t = Thread.currentThread();
            return t.getName() + (t.isDaemon() ? " (daemon)" : "");
        });
        assertThat(p.get()).isEqualTo("test value (daemon)");
        assertThat(p.get()).isEqualTo("test value (daemon)");
        assertThat(calls).hasValue(1);
    }

    @Test
    void get_throwsTheSameExceptionTheWorkThrew() {
        UncheckedIOException thrown = new UncheckedIOException("samples/x.csv.gz: truncated", new java.io.IOException("eof"));
        Prefetch<String> p = Prefetch.start("failing", () -> {
            throw thrown;
        });
        assertThatThrownBy(p::get).isSameAs(thrown);
        assertThatThrownBy(p::get).isSameAs(thrown);
    }

    @Test
    void get_throwsTheErrorTheWorkThrew() {
        StackOverflowError thrown = new StackOverflowError();
        Prefetch<String> p = Prefetch.start("deep", () -> {
            throw thrown;
        });
        assertThatThrownBy(p::get).isSameAs(thrown);
    }
}
