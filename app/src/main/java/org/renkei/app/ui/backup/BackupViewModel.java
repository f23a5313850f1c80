package org.renkei.app.ui.backup;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.renkei.app.audit.AuditAction;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.backup.BackupRejectedException;
import org.renkei.app.backup.BackupService;
import org.renkei.app.backup.DatabaseOpener;
import org.renkei.app.backup.RestoreService;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.RunState;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.common.UserErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * ファイル → バックアップを作成… / バックアップから復元…, and the daily backup at start. A restore is checked first
 * (the backup opened, its counts shown in {@link #pendingRestoreProperty()}); once confirmed, the database is closed,
 * replaced, and the app ends (the user starts it again on the restored data). A backup that the current password does
 * not open (made before a password change) is kept unpacked while its own password is asked
 * ({@link #passwordPromptProperty()}); the restored database then has that password. No nodes.
 */
public final class BackupViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BackupViewModel.class);

    /** What happens around a confirmed restore: closing the open database, the record in the restored one, exit. */
    public interface RestoreSteps {
        void closeDatabase();

        /** Records the restore in the restored database, opened (and closed again) with {@code restored}. */
        void recordRestore(DatabaseOpener restored, String detail);

        void exit();
    }

    private final BackupService backups;
    private final RestoreService restore;
    private final AuditLog log;
    private final RestoreSteps steps;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Consumer<String> status;

    // Properties
    private final ReadOnlyObjectWrapper<RestoreService.Staged> pendingRestore = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BackupPasswordViewModel> passwordPrompt = new ReadOnlyObjectWrapper<>();
    private final RunState working = new RunState();

    /** @param status shows a one-line message in the status bar */
    public BackupViewModel(BackupService backups, RestoreService restore, AuditLog log, RestoreSteps steps,
                           TaskRunner runner, DialogService dialogs, Consumer<String> status) {
        this.backups = backups;
        this.restore = restore;
        this.log = log;
        this.steps = steps;
        this.runner = runner;
        this.dialogs = dialogs;
        this.status = status;
    }

    /** A checked backup waiting for the user's confirmation, or null. */
    public ReadOnlyObjectProperty<RestoreService.Staged> pendingRestoreProperty() { return pendingRestore.getReadOnlyProperty(); }
    /** The backup's own password being asked (the current one does not open it), or null. */
    public ReadOnlyObjectProperty<BackupPasswordViewModel> passwordPromptProperty() { return passwordPrompt.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return working.busyProperty(); }

    // Commands

    /** At start: today's backup into the backups folder if there is none yet, older ones thinned. */
    public void startOfDay() {
        runner.run(BackgroundTask.of(() -> {
                    var written = backups.dailyIfDue();
                    if (written.isPresent()) {
                        log.record(AuditAction.BACKUP, "ZIP 1件", "自動（毎日）");
                    }
                    return written;
                })
                .onSuccess(written -> written.ifPresent(p -> status.accept(Messages.get("backup.daily.done"))))
                .onError(e -> {
                    LOG.error("Daily backup failed", e);
                    status.accept(Messages.get("backup.daily.failed"));
                }));
    }

    /** 「バックアップを作成…」. */
    public void create(LocalDate today) {
        if (working.busyProperty().get()) {
            return;
        }
        Path out = dialogs.chooseFileToSave(Messages.get("backup.create.chooser"), "renkei-backup-" + today + ".zip",
                Messages.get("backup.filter"), "zip").orElse(null);
        if (out == null) {
            return;
        }
        working.run(runner, BackgroundTask.of(() -> {
                    Path written = backups.backupTo(out);
                    log.record(AuditAction.BACKUP, "ZIP 1件", "手動");
                    return written;
                })
                .onSuccess(p -> dialogs.showInfo(Messages.get("backup.create.done.header"),
                        Messages.get("backup.create.done.message", p.toString())))
                .onError(e -> failed("backup.create.failed", "Writing a backup", e)));
    }

    /**
     * 「バックアップから復元…」: asks for the file and checks it; the counts then wait for confirmation. When the current
     * password does not open it, the backup's own password is asked first.
     */
    public void chooseRestore() {
        if (working.busyProperty().get() || pendingRestore.get() != null || passwordPrompt.get() != null) {
            return;
        }
        Path zip = dialogs.chooseFileToOpen(Messages.get("backup.restore.chooser"), Messages.get("backup.filter"),
                List.of("zip")).orElse(null);
        if (zip == null) {
            return;
        }
        working.run(runner, BackgroundTask.of(() -> {
                    Path staging = restore.unpack(zip);
                    return new Unpacked(staging, restore.open(staging));
                })
                .onSuccess(u -> u.staged().ifPresentOrElse(pendingRestore::set, () -> askPassword(u.folder())))
                .onError(e -> failed("backup.restore.failed", "Checking a backup", e)));
    }

    private record Unpacked(Path folder, Optional<RestoreService.Staged> staged) {
    }

    private void askPassword(Path staging) {
        passwordPrompt.set(new BackupPasswordViewModel(staging, restore, runner, staged -> {
            passwordPrompt.set(null);
            pendingRestore.set(staged);
        }, message -> {
            passwordPrompt.set(null);
            if (message != null) {
                dialogs.showError(Messages.get("backup.restore.failed"), message);
            }
        }, e -> {
            passwordPrompt.set(null);
            failed("backup.restore.failed", "Checking a backup", e);
        }));
    }

    /** The user confirmed: close, replace, record, tell, exit. Whatever happens, the app ends afterwards. */
    public void confirmRestore() {
        RestoreService.Staged staged = pendingRestore.get();
        if (staged == null) {
            return;
        }
        pendingRestore.set(null);
        working.run(runner, BackgroundTask.of(() -> {
                    steps.closeDatabase();
                    Path aside = restore.replace(staged);
                    steps.recordRestore(staged.opener(), staged.counts().describe() + "（置き換え前: " + aside.getFileName()
                            + "）" + (staged.otherPassword() ? "（バックアップのパスワード）" : ""));
                    return aside;
                })
                .onSuccess(aside -> {
                    dialogs.showInfo(Messages.get("backup.restore.done.header"),
                            Messages.get("backup.restore.done.message", aside.toString())
                                    + (staged.otherPassword() ? "\n\n" + Messages.get("backup.restore.done.password") : ""));
                    steps.exit();
                })
                .onError(e -> {
                    restore.discard(staged);
                    failed("backup.restore.failed", "Restoring a backup", e);
                    dialogs.showInfo(Messages.get("backup.restore.restart.header"),
                            Messages.get("backup.restore.restart.message"));
                    steps.exit();
                }));
    }

    /** The user declined: the checked copy is deleted, nothing changed. */
    public void cancelRestore() {
        RestoreService.Staged staged = pendingRestore.get();
        pendingRestore.set(null);
        if (staged != null) {
            runner.run(BackgroundTask.ofRunnable(() -> restore.discard(staged)));
        }
    }

    private void failed(String headerKey, String what, Exception e) {
        if (e instanceof BackupRejectedException) {
            dialogs.showError(Messages.get(headerKey), e.getMessage());
        } else {
            UserErrors.show(dialogs, LOG, Messages.get(headerKey), what, e);
        }
    }
}
