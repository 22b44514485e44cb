package org.yieldplan.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value worked out on a daemon thread from the moment it is started, for a command that will (most likely) need it
 * while its main thread does other work: {@link #get()} waits for it, and throws what working it out threw (the same
 * exception, so its message reads as if it had been worked out on the spot). The thread does not keep the JVM alive.
 */
final class Prefetch<T> implements Supplier<T> {

    private final String name;
    private final FutureTask<T> task;

    private Prefetch(String name, Supplier<T> work) {
        this.name = name;
        this.task = new FutureTask<>(work::get);
    }

    /** Starts working out the value on a daemon thread named {@code name}. */
    static <T> Prefetch<T> start(String name, Supplier<T> work) {
        Prefetch<T> p = new Prefetch<>(name, work);
        Thread t = new Thread(p.task, name);
        t.setDaemon(true);
        t.start();
        return p;
    }

    @Override
    public T get() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());       // a Supplier throws no checked exception
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the " + name, e);
        }
    }
}
