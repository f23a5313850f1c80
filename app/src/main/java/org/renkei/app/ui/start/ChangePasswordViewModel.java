package org.renkei.app.ui.start;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.renkei.app.store.DatabaseLockedException;
import org.renkei.app.store.PasswordRules;
import org.renkei.app.store.WrongPasswordException;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;

import java.util.Arrays;

/** 設定 → パスワードの変更: the current password, the new one twice; the file is re-encrypted in the background. */
public final class ChangePasswordViewModel {
    /** Changes the open database's password; runs off the UI thread. */
    @FunctionalInterface
    public interface Changer {
        void change(char[] oldPassword, char[] newPassword);
    }

    private final Changer changer;
    private final TaskRunner runner;

    // Properties
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);

    public ChangePasswordViewModel(Changer changer, TaskRunner runner) {
        this.changer = changer;
        this.runner = runner;
    }

    public StringProperty currentProperty() { return current; }
    public StringProperty nextProperty() { return next; }
    public StringProperty confirmationProperty() { return confirmation; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** True once the password is changed (the dialog closes). */
    public ReadOnlyBooleanProperty doneProperty() { return done.getReadOnlyProperty(); }

    // Commands

    /** OK: checks the input, then changes the password in the background. */
    public void submit() {
        if (busy.get() || done.get()) {
            return;
        }
        char[] newChars = next.get().toCharArray();
        if (current.get().isEmpty()) {
            message.set(Messages.get("password.start.empty"));
        } else if (!PasswordRules.acceptable(newChars)) {
            message.set(Messages.get("password.rule", PasswordRules.MIN_LENGTH));
        } else if (!next.get().equals(confirmation.get())) {
            message.set(Messages.get("password.mismatch"));
        } else {
            char[] oldChars = current.get().toCharArray();
            busy.set(true);
            message.set(Messages.get("password.change.working"));
            runner.run(BackgroundTask.ofRunnable(() -> changer.change(oldChars, newChars))
                    .onSuccess(v -> {
                        message.set(Messages.get("password.change.done"));
                        done.set(true);
                    })
                    .onError(this::failed)
                    .andFinally(() -> {
                        Arrays.fill(oldChars, '\0');
                        Arrays.fill(newChars, '\0');
                        current.set("");
                        busy.set(false);
                    }));
            return;
        }
        Arrays.fill(newChars, '\0');
    }

    private void failed(Exception e) {
        if (e instanceof WrongPasswordException) {
            message.set(Messages.get("password.change.wrong"));
        } else if (e instanceof DatabaseLockedException) {
            message.set(Messages.get("password.change.busy"));
        } else {
            message.set(Messages.get("password.change.failed"));
            org.slf4j.LoggerFactory.getLogger(ChangePasswordViewModel.class).error("Password change failed", e);
        }
    }
}
