package org.renkei.app.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.renkei.app.store.Database;
import org.renkei.app.store.DatabaseLocation;
import org.renkei.app.store.DatabaseLockedException;
import org.renkei.app.store.ServerUnavailableException;
import org.renkei.app.ui.audit.Safeguards;
import org.renkei.app.ui.audit.StaffDialog;
import org.renkei.app.ui.common.FxDialogService;
import org.renkei.app.ui.common.FxTaskRunner;
import org.renkei.app.ui.common.LogLocation;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.UncaughtErrors;
import org.renkei.app.ui.main.AppServices;
import org.renkei.app.ui.main.MainWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;

/**
 * The JavaFX application: opens the database (in {@link #init()}, off the UI thread), then the main window.
 * The database is {@code -Drenkei.db=DIR|jdbc:postgresql://…} if given, else as {@link DatabaseLocation} finds it
 * (RENKEI_DB, ~/.renkei/renkei.properties {@code db.url}, ~/.renkei).
 */
public final class RenkeiApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(RenkeiApp.class);

    private Database database;
    private RuntimeException openFailure;
    private FxTaskRunner runner;

    @Override
    public void init() {
        try {
            DatabaseLocation where = DatabaseLocation.resolve(System.getProperty("renkei.db"));
            database = where.isServer() ? where.openServer(System.getenv()) : Database.open(where.folder());
        } catch (RuntimeException e) {
            openFailure = e;
        }
    }

    @Override
    public void start(Stage stage) {
        FxDialogService dialogs = new FxDialogService(() -> stage, getHostServices());
        UncaughtErrors errors = new UncaughtErrors(dialogs);
        errors.install();
        if (openFailure != null) {
            LOG.error("Cannot open the database", openFailure);
            boolean explained = openFailure instanceof DatabaseLockedException
                    || openFailure instanceof ServerUnavailableException;
            String message = explained ? openFailure.getMessage()
                    : Messages.get("startup.dbFailed.message", LogLocation.file().toString());
            FxDialogService.showStandaloneError(Messages.get("startup.dbFailed.header"), message);
            Platform.exit();
            return;
        }
        runner = new FxTaskRunner(errors);
        // the staff name (docs/decisions/0015): -Drenkei.staff=NAME, else asked
        String preset = System.getProperty("renkei.staff");
        Optional<String> staff = preset != null && !preset.isBlank() ? Optional.of(preset)
                : Safeguards.askAtStart(database, vm -> StaffDialog.ask(vm, null));
        if (staff.isEmpty()) {
            Platform.exit();
            return;
        }
        Safeguards safeguards = new Safeguards(database, Database::open, staff.get(), vm -> StaffDialog.ask(vm, stage),
                runner, dialogs, Clock.systemDefaultZone(), Platform::exit);
        MainWindow window = MainWindow.create(safeguards.audited(AppServices.production(database)), runner, dialogs,
                safeguards);
        window.show(stage);
        safeguards.watch(window.viewModel().records().detail());
        safeguards.backups().startOfDay();
        MainWindow.armScreenshot(stage, window);
        window.viewModel().start();
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
