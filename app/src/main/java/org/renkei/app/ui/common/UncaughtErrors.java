package org.renkei.app.ui.common;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs unexpected exceptions once and tells the user in Japanese, on the FX thread and on workers. */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final DialogService dialogs;

    public UncaughtErrors(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Installs this handler as the default and on the current (FX) thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unexpected error on thread {}", thread.getName(), error);
        Runnable show = () -> dialogs.showError(Messages.get("error.unexpected.header"),
                Messages.get("error.unexpected.message", String.valueOf(error.getMessage())));
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }
}
