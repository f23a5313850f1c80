package org.renkei.app.ui.backup;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.renkei.app.backup.DatabaseOpener;
import org.renkei.app.backup.RestoreService;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.start.PasswordQuestion;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The password of a backup that the current password does not open (made before a password change): asked with
 * {@value #MAX_TRIES} tries, each checked by opening the unpacked backup off the UI thread. No nodes.
 */
public final class BackupPasswordViewModel implements PasswordQuestion {
    public static final int MAX_TRIES = 3;

    private final Path staging;
    private final RestoreService restore;
    private final TaskRunner runner;
    private final Consumer<RestoreService.Staged> opened;
    private final Consumer<String> stopped;
    private final Consumer<Exception> failed;

    // Properties
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper triesLeft = new ReadOnlyIntegerWrapper(MAX_TRIES);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper over = new ReadOnlyBooleanWrapper(false);

    /**
     * @param staging the unpacked backup
     * @param opened  the backup opened with the password given: its counts wait for confirmation
     * @param stopped given up or cancelled (the unpacked backup is deleted): the message to show, null for none
     * @param failed  the backup cannot be opened for another reason (already deleted)
     */
    BackupPasswordViewModel(Path staging, RestoreService restore, TaskRunner runner,
                            Consumer<RestoreService.Staged> opened, Consumer<String> stopped, Consumer<Exception> failed) {
        this.staging = staging;
        this.restore = restore;
        this.runner = runner;
        this.opened = opened;
        this.stopped = stopped;
        this.failed = failed;
    }

    @Override public String title() { return Messages.get("backup.restore.title"); }
    @Override public String header() { return Messages.get("backup.password.header"); }
    @Override public String intro() { return Messages.get("backup.password.intro"); }
    @Override public StringProperty passwordProperty() { return password; }
    @Override public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    @Override public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    @Override public ReadOnlyBooleanProperty overProperty() { return over.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty triesLeftProperty() { return triesLeft.getReadOnlyProperty(); }

    // Commands

    /** OK: opens the backup with the typed password in the background. */
    @Override
    public void submit() {
        if (busy.get() || over.get()) {
            return;
        }
        if (password.get().isEmpty()) {
            message.set(Messages.get("password.start.empty"));
            return;
        }
        // kept by the opener until the restored database is opened again to record the restore
        char[] typed = password.get().toCharArray();
        busy.set(true);
        message.set(Messages.get("backup.password.opening"));
        runner.run(BackgroundTask.of(() -> restore.open(staging, DatabaseOpener.withPassword(typed)))
                .onSuccess(staged -> staged.ifPresentOrElse(s -> {
                    over.set(true);
                    opened.accept(s);
                }, () -> wrong(typed)))
                .onError(e -> {
                    Arrays.fill(typed, '\0');
                    over.set(true);
                    failed.accept(e);
                })
                .andFinally(() -> {
                    password.set("");
                    busy.set(false);
                }));
    }

    /** Cancel or the dialog closed: the unpacked backup is deleted, nothing changed. */
    @Override
    public void cancel() {
        if (!over.get() && !busy.get()) {
            over.set(true);
            restore.discard(staging);
            stopped.accept(null);
        }
    }

    private void wrong(char[] typed) {
        Arrays.fill(typed, '\0');
        triesLeft.set(triesLeft.get() - 1);
        if (triesLeft.get() > 0) {
            message.set(Messages.get("password.start.wrong", triesLeft.get()));
            return;
        }
        message.set(Messages.get("backup.password.gaveUp", MAX_TRIES));
        over.set(true);
        restore.discard(staging);
        stopped.accept(message.get());
    }
}
