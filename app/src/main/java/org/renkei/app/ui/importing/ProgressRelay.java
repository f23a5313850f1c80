package org.renkei.app.ui.importing;

import org.renkei.app.importing.ImportListener;
import org.renkei.app.ui.common.TaskRunner;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Receives progress on the importing thread and hands the latest state to the UI thread,
 * coalescing bursts so the UI thread is never flooded. Also carries the cancel flag.
 */
final class ProgressRelay implements ImportListener {
    record Snapshot(String file, int fileIndex, int fileCount, long rows, double fraction) {
    }

    private final TaskRunner runner;
    private final Consumer<Snapshot> sink;
    private final AtomicReference<Snapshot> latest = new AtomicReference<>(new Snapshot("", 0, 0, 0, -1));
    private final AtomicBoolean posted = new AtomicBoolean(false);
    private final AtomicBoolean cancelled = new AtomicBoolean(false);

    ProgressRelay(TaskRunner runner, Consumer<Snapshot> sink) {
        this.runner = runner;
        this.sink = sink;
    }

    @Override
    public void fileStarted(String fileName, int index, int count) {
        publish(new Snapshot(fileName, index, count, 0, -1));
    }

    @Override
    public void rowsRead(long rows, double fraction) {
        Snapshot s = latest.get();
        publish(new Snapshot(s.file(), s.fileIndex(), s.fileCount(), rows, fraction));
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    void cancel() {
        cancelled.set(true);
    }

    private void publish(Snapshot s) {
        latest.set(s);
        if (posted.compareAndSet(false, true)) {
            runner.onUiThread(() -> {
                posted.set(false);
                sink.accept(latest.get());
            });
        }
    }
}
