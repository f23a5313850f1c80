package org.renkei.app.ui.common;

import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs work on daemon worker threads and the callbacks on the JavaFX application thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;

    public FxTaskRunner(Thread.UncaughtExceptionHandler workerHandler) {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "renkei-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler(workerHandler);
            return t;
        });
    }

    @Override
    public <T> void run(BackgroundTask<T> task) {
        executor.execute(() -> {
            try {
                T result = task.work().call();
                Platform.runLater(() -> task.succeeded(result));
            } catch (Exception e) {
                Platform.runLater(() -> task.failed(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
