package org.renkei.app.ui.start;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.renkei.app.store.Database;
import org.renkei.app.store.DatabaseLockedException;
import org.renkei.app.store.PasswordRules;
import org.renkei.app.store.ServerUnavailableException;
import org.renkei.app.store.WrongPasswordException;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * The password asked at start: a new one (typed twice) when the folder holds no database yet, else the current
 * one with {@value #MAX_TRIES} tries; or the login password of the office's shared PostgreSQL database (a refused
 * login counts as a wrong password). The database is opened off the UI thread; the outcome tells the app what next.
 */
public final class StartPasswordViewModel {
    public static final int MAX_TRIES = 3;

    /** What became of the start. */
    public enum Outcome { ASKING, OPENED, GAVE_UP, FAILED, CANCELLED }

    /** Opens (or creates) the database with a password; runs off the UI thread. */
    @FunctionalInterface
    public interface Opener {
        Database open(char[] password);
    }

    private final Path folder;
    private final String server;
    private final boolean creating;
    private final Opener opener;
    private final TaskRunner runner;
    private Database database;
    private Exception failure;

    // Properties
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper triesLeft = new ReadOnlyIntegerWrapper(MAX_TRIES);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.ASKING);

    /** @param creating true when {@code folder} holds no database yet (a new password is chosen) */
    public StartPasswordViewModel(Path folder, boolean creating, Opener opener, TaskRunner runner) {
        this(folder, null, creating, opener, runner);
    }

    /** @param server the shared database as shown to the user ({@code host:port/database}, never the password) */
    public StartPasswordViewModel(String server, Opener opener, TaskRunner runner) {
        this(null, server, false, opener, runner);
    }

    private StartPasswordViewModel(Path folder, String server, boolean creating, Opener opener, TaskRunner runner) {
        this.folder = folder;
        this.server = server;
        this.creating = creating;
        this.opener = opener;
        this.runner = runner;
    }

    public boolean creating() { return creating; }
    public Path folder() { return folder; }
    /** True for the shared database's login password. */
    public boolean forServer() { return server != null; }

    /** The line above the field: where the database is. */
    public String intro() {
        if (server != null) {
            return Messages.get("password.server.intro", server);
        }
        return Messages.get(creating ? "password.start.intro.new" : "password.start.intro", folder);
    }
    public StringProperty passwordProperty() { return password; }
    public StringProperty confirmationProperty() { return confirmation; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty triesLeftProperty() { return triesLeft.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }

    /** The open database once the outcome is {@link Outcome#OPENED}. */
    public Database database() {
        return database;
    }

    /** Why opening failed for another reason than the password ({@link Outcome#FAILED}). */
    public Exception failure() {
        return failure;
    }

    /** The message to show when the app closes without a database, null when it closes silently. */
    public String closingMessage() {
        return switch (outcome.get()) {
            case GAVE_UP -> Messages.get("password.start.gaveUp", MAX_TRIES);
            case FAILED -> failure instanceof DatabaseLockedException ? failure.getMessage() : null;
            default -> null;
        };
    }

    // Commands

    /** OK: checks the input and opens the database in the background. */
    public void submit() {
        if (busy.get() || outcome.get() != Outcome.ASKING) {
            return;
        }
        char[] typed = password.get().toCharArray();
        String problem = problem(typed);
        if (problem != null) {
            Arrays.fill(typed, '\0');
            message.set(problem);
            return;
        }
        busy.set(true);
        message.set(Messages.get(creating ? "password.start.creating" : "password.start.opening"));
        runner.run(BackgroundTask.of(() -> opener.open(typed))
                .onSuccess(db -> {
                    database = db;
                    outcome.set(Outcome.OPENED);
                })
                .onError(this::failed)
                .andFinally(() -> {
                    Arrays.fill(typed, '\0');
                    password.set("");
                    confirmation.set("");
                    busy.set(false);
                }));
    }

    /** Cancel or closing the dialog: the app ends. */
    public void cancel() {
        if (outcome.get() == Outcome.ASKING && !busy.get()) {
            outcome.set(Outcome.CANCELLED);
        }
    }

    private String problem(char[] typed) {
        if (!creating) {
            return typed.length == 0 ? Messages.get("password.start.empty") : null;
        }
        if (!PasswordRules.acceptable(typed)) {
            return Messages.get("password.rule", PasswordRules.MIN_LENGTH);
        }
        if (!password.get().equals(confirmation.get())) {
            return Messages.get("password.mismatch");
        }
        return null;
    }

    private void failed(Exception e) {
        boolean refused = e instanceof ServerUnavailableException s && s.passwordRefused();
        if ((e instanceof WrongPasswordException || refused) && !creating) {
            triesLeft.set(triesLeft.get() - 1);
            if (triesLeft.get() == 0) {
                message.set(Messages.get("password.start.gaveUp", MAX_TRIES));
                outcome.set(Outcome.GAVE_UP);
            } else if (server != null) {
                message.set(Messages.get("password.server.wrong", server, triesLeft.get()));
            } else {
                message.set(Messages.get("password.start.wrong", triesLeft.get()));
            }
            return;
        }
        failure = e;
        outcome.set(Outcome.FAILED);
    }
}
