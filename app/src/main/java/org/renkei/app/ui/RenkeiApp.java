package org.renkei.app.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.renkei.app.store.Database;
import org.renkei.app.store.DatabaseLocation;
import org.renkei.app.store.DatabaseLockedException;
import org.renkei.app.store.PasswordRules;
import org.renkei.app.store.ServerUnavailableException;
import org.renkei.app.store.WrongPasswordException;
import org.renkei.app.ui.audit.Safeguards;
import org.renkei.app.ui.audit.StaffDialog;
import org.renkei.app.ui.common.FxDialogService;
import org.renkei.app.ui.common.FxTaskRunner;
import org.renkei.app.ui.common.LogLocation;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.UncaughtErrors;
import org.renkei.app.ui.main.AppServices;
import org.renkei.app.ui.main.MainWindow;
import org.renkei.app.ui.start.ChangePasswordViewModel;
import org.renkei.app.ui.start.PasswordDialogs;
import org.renkei.app.ui.start.StartPasswordViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The JavaFX application: opens the database, asks the staff name, then shows the main window.
 * The database is {@code -Drenkei.db=DIR|jdbc:postgresql://…} if given, else as {@link DatabaseLocation} finds it
 * (RENKEI_DB, ~/.renkei/renkei.properties {@code db.url}, ~/.renkei). The embedded database is encrypted: its password
 * is {@code RENKEI_DB_PASSWORD} when set (opened in {@link #init()}, off the UI thread; used by unattended runs such
 * as screenshots), else asked in a dialog: a new one when there is no database yet, else the current one (3 tries).
 * A shared PostgreSQL database is opened with {@code RENKEI_DB_PASSWORD} or pgpass; when the server asks for a password
 * or refuses that one, its login password is asked in the same dialog (3 tries).
 */
public final class RenkeiApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(RenkeiApp.class);
    private static final String PASSWORD_VARIABLE = "RENKEI_DB_PASSWORD";

    private Path folder;
    private DatabaseLocation server;
    private Database database;
    private RuntimeException openFailure;
    private FxTaskRunner runner;
    /** The staff names offered at start, read right after opening (off the UI thread). */
    private volatile List<String> usedStaff = List.of();

    @Override
    public void init() {
        try {
            DatabaseLocation where = DatabaseLocation.resolve(System.getProperty("renkei.db"));
            if (where.isServer()) {
                server = where;
                database = withStaffNames(where.openServer(System.getenv()));
                return;
            }
            folder = where.folder();
        } catch (ServerUnavailableException e) {
            if (e.passwordRefused()) {
                LOG.info("The shared database asks for a password; asking the user");
            } else {
                openFailure = e;
            }
            return;
        } catch (RuntimeException e) {
            openFailure = e;
            return;
        }
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
        if (fromEnvironment == null || fromEnvironment.isEmpty()) {
            return;
        }
        char[] password = fromEnvironment.toCharArray();
        try {
            if (!Database.exists(folder) && !PasswordRules.acceptable(password)) {
                throw new IllegalArgumentException(PasswordRules.requirement());
            }
            database = withStaffNames(Database.open(folder, password));
        } catch (RuntimeException e) {
            openFailure = e;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public void start(Stage stage) {
        FxDialogService dialogs = new FxDialogService(() -> stage, getHostServices());
        UncaughtErrors errors = new UncaughtErrors(dialogs);
        errors.install();
        runner = new FxTaskRunner(errors);
        if (database == null && openFailure == null && !askPassword()) {
            Platform.exit();
            return;
        }
        if (openFailure != null) {
            LOG.error("Cannot open the database", openFailure);
            FxDialogService.showStandaloneError(Messages.get("startup.dbFailed.header"), failureMessage(openFailure));
            Platform.exit();
            return;
        }
        // the staff name (docs/decisions/0015): -Drenkei.staff=NAME, else asked
        Optional<String> staff = presetStaff()
                .or(() -> Safeguards.askAtStart(usedStaff, vm -> StaffDialog.ask(vm, null)));
        if (staff.isEmpty()) {
            Platform.exit();
            return;
        }
        Safeguards safeguards = new Safeguards(database, database::openSibling, staff.get(),
                vm -> StaffDialog.ask(vm, stage), runner, dialogs, Clock.systemDefaultZone(), Platform::exit);
        MainWindow window = MainWindow.create(safeguards.audited(AppServices.production(database)), runner, dialogs,
                safeguards);
        if (database.folder() != null) {
            window.addSettingsItem(Messages.get("menu.settings.password"), () -> changePassword(stage, dialogs));
        }
        window.show(stage);
        safeguards.watch(window.viewModel().records().detail());
        safeguards.backups().startOfDay();
        MainWindow.armScreenshot(stage, window);
        window.viewModel().start();
    }

    /** The start dialog; false when the app should end (cancelled, or the password was wrong three times). */
    private boolean askPassword() {
        StartPasswordViewModel vm = server != null
                ? new StartPasswordViewModel(server.describe(),
                        password -> withStaffNames(Database.openServer(server.url(), server.user(), password)), runner)
                : new StartPasswordViewModel(folder, !Database.exists(folder),
                        password -> withStaffNames(Database.open(folder, password)), runner);
        PasswordDialogs.start(vm).showAndWait();
        switch (vm.outcomeProperty().get()) {
            case OPENED -> database = vm.database();
            case FAILED -> openFailure = vm.failure() instanceof RuntimeException r ? r
                    : new IllegalStateException(vm.failure());
            case GAVE_UP -> {
                LOG.warn("Wrong database password {} times; closing", StartPasswordViewModel.MAX_TRIES);
                FxDialogService.showStandaloneError(Messages.get("password.start.closing.header"), vm.closingMessage());
                return false;
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> presetStaff() {
        return Optional.ofNullable(System.getProperty("renkei.staff")).filter(s -> !s.isBlank());
    }

    /** Reads the staff names to offer at start, unless preset; runs where the database is opened, off the UI thread. */
    private Database withStaffNames(Database db) {
        if (presetStaff().isEmpty()) {
            try {
                usedStaff = Safeguards.usedStaffNames(db);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }
        return db;
    }

    private static String failureMessage(RuntimeException failure) {
        if (failure instanceof DatabaseLockedException || failure instanceof ServerUnavailableException
                || failure instanceof IllegalArgumentException) {
            return failure.getMessage();
        }
        if (failure instanceof WrongPasswordException) {
            return Messages.get("password.start.wrongVariable", PASSWORD_VARIABLE);
        }
        return Messages.get("startup.dbFailed.message", LogLocation.file().toString());
    }

    private void changePassword(Stage stage, FxDialogService dialogs) {
        ChangePasswordViewModel vm = new ChangePasswordViewModel(database::changePassword, runner);
        PasswordDialogs.change(vm, stage).showAndWait();
        if (vm.doneProperty().get()) {
            dialogs.showInfo(Messages.get("password.change.title"), Messages.get("password.change.done"));
        }
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
