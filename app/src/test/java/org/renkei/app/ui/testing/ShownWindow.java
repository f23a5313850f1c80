package org.renkei.app.ui.testing;

import javafx.stage.Stage;
import org.renkei.app.store.Database;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.FxTaskRunner;
import org.renkei.app.ui.main.AppServices;
import org.renkei.app.ui.main.MainWindow;

/**
 * The real main window on a stage for robot tests: uncaught errors on the FX and worker threads are collected, and
 * {@link #close()} stops the worker, closes the database and fails the test if anything was thrown unseen.
 */
public final class ShownWindow implements AutoCloseable {
    private final Database db;
    private final FxTaskRunner runner;
    private final UncaughtCollector uncaught;
    private final MainWindow window;

    private ShownWindow(Database db, FxTaskRunner runner, UncaughtCollector uncaught, MainWindow window) {
        this.db = db;
        this.runner = runner;
        this.uncaught = uncaught;
        this.window = window;
    }

    /** Shows the window; {@code start} also runs the view model's start (status, sample import into an empty store). */
    public static ShownWindow show(Stage stage, Database db, AppServices services, DialogService dialogs,
                                   boolean start) {
        UncaughtCollector uncaught = new UncaughtCollector();
        uncaught.watchFxThread();
        FxTaskRunner runner = new FxTaskRunner(uncaught);
        MainWindow window = MainWindow.create(services, runner, dialogs);
        window.show(stage);
        if (start) {
            window.viewModel().start();
        }
        return new ShownWindow(db, runner, uncaught, window);
    }

    public MainWindow window() {
        return window;
    }

    @Override
    public void close() {
        try {
            runner.close();
            db.close();
        } finally {
            uncaught.assertNone();
        }
    }
}
