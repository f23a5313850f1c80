package org.renkei.app.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work for a {@link TaskRunner}: the callable runs off the UI thread, the callbacks run on the UI thread.
 *
 * @param <T> the work's result
 */
public final class BackgroundTask<T> {
    private final Callable<T> work;
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Exception> onError;
    private Runnable andFinally = () -> { };

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> ofRunnable(Runnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onError(Consumer<Exception> handler) {
        this.onError = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> andFinally(Runnable handler) {
        this.andFinally = Objects.requireNonNull(handler);
        return this;
    }

    Callable<T> work() {
        return work;
    }

    /** Delivers the outcome; called by runners on the UI thread. */
    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            andFinally.run();
        }
    }

    /** Delivers a failure; without an error handler the exception goes to the thread's uncaught handler. */
    void failed(Exception e) {
        try {
            if (onError == null) {
                throw new IllegalStateException("Background task failed", e);
            }
            onError.accept(e);
        } finally {
            andFinally.run();
        }
    }
}
