package org.renkei.app.ui.common;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.Consumer;

/**
 * Logs unexpected exceptions once (with the stack trace) and tells the user in Japanese where the log file is,
 * on the FX thread and on workers. The exception's own message (often English, or "null") is not shown.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final DialogService dialogs;
    private final Consumer<Runnable> uiThread;

    public UncaughtErrors(DialogService dialogs) {
        this(dialogs, UncaughtErrors::onFxThread);
    }

    /** @param uiThread runs the dialog on the UI thread (tests pass {@code Runnable::run}) */
    UncaughtErrors(DialogService dialogs, Consumer<Runnable> uiThread) {
        this.dialogs = dialogs;
        this.uiThread = uiThread;
    }

    /** Installs this handler as the default and on the current (FX) thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unexpected error on thread {}", thread.getName(), error);
        String message = Messages.get("error.unexpected.message", LogLocation.file().toString());
        uiThread.accept(() -> dialogs.showError(Messages.get("error.unexpected.header"), message));
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
