package org.renkei.app.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Holds tasks until the test completes them, in any order: for responses that arrive late or out of order. */
public final class QueuedTaskRunner implements TaskRunner {
    private final List<BackgroundTask<?>> pending = new ArrayList<>();

    @Override
    public <T> void run(BackgroundTask<T> task) {
        pending.add(task);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    public int pending() {
        return pending.size();
    }

    /** Runs the work of the {@code index}-th pending task (0 = oldest) and delivers its outcome. */
    public void complete(int index) {
        deliver(pending.remove(index));
    }

    public void completeAll() {
        while (!pending.isEmpty()) {
            complete(0);
        }
    }

    private static <T> void deliver(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().call();
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(result);
    }
}
