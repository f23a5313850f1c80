package org.renkei.app.ui.common;

/** Runs slow work off the UI thread and hands results back to it. Injected into view models. */
public interface TaskRunner {
    /** Starts {@code task}; its callbacks later run on the UI thread. */
    <T> void run(BackgroundTask<T> task);

    /** Runs {@code action} on the UI thread (now if already there). For progress reported by workers. */
    void onUiThread(Runnable action);
}
