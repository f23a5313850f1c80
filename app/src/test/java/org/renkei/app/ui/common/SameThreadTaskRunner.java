package org.renkei.app.ui.common;

/** Runs everything immediately on the calling thread: for view-model tests without the toolkit. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> void run(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().call();
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }
}
