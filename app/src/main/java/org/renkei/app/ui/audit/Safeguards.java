package org.renkei.app.ui.audit;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.renkei.app.audit.AuditAction;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.backup.BackupService;
import org.renkei.app.backup.DatabaseOpener;
import org.renkei.app.backup.RestoreService;
import org.renkei.app.store.Database;
import org.renkei.app.ui.backup.BackupViewModel;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.main.AppServices;
import org.renkei.app.ui.records.CaseDetailViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who is working and what is kept safe: the staff name (asked at start, 設定 → 担当者の変更…), the access record
 * (操作記録…) and backups. Wraps the window's services so changes and exports are recorded. No nodes.
 */
public final class Safeguards {
    private static final Logger LOG = LoggerFactory.getLogger(Safeguards.class);

    private final CurrentStaff staff;
    private final AuditLog log;
    private final Function<StaffViewModel, Optional<String>> askStaff;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private final BackupViewModel backups;

    // Properties
    private final ReadOnlyObjectWrapper<AuditViewerViewModel> auditViewer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /**
     * @param askStaff shows the staff dialog and waits ({@code StaffDialog::ask}); empty when cancelled
     * @param exit     ends the application (after a restore)
     */
    public Safeguards(Database db, DatabaseOpener opener, String staffName, Function<StaffViewModel, Optional<String>> askStaff,
                      TaskRunner runner, DialogService dialogs, Clock clock, Runnable exit) {
        this.staff = new CurrentStaff(staffName);
        this.log = new AuditLog(db, staff, clock);
        this.askStaff = askStaff;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        BackupViewModel.RestoreSteps steps = new BackupViewModel.RestoreSteps() {
            @Override
            public void closeDatabase() {
                db.close();
            }

            @Override
            public void recordRestore(DatabaseOpener restoredOpener, String detail) {
                try (Database restored = restoredOpener.open(db.folder())) {
                    new AuditLog(restored, staff, clock).record(AuditAction.RESTORE, "ZIP 1件", detail);
                }
            }

            @Override
            public void exit() {
                exit.run();
            }
        };
        this.backups = new BackupViewModel(new BackupService(db, clock), new RestoreService(db.folder(), opener, clock),
                log, steps, runner, dialogs, notice::set);
    }

    /** The staff names used before, the most recent first. Reads the store: call off the UI thread. */
    public static List<String> usedStaffNames(Database db) {
        return new AuditLog(db, () -> "", Clock.systemDefaultZone()).staffNames();
    }

    /**
     * Asks for the staff name at start, offering {@code used} ({@link #usedStaffNames}). Empty when the user cancels
     * (the app then ends).
     */
    public static Optional<String> askAtStart(List<String> used, Function<StaffViewModel, Optional<String>> askStaff) {
        return askStaff.apply(new StaffViewModel(used, used.isEmpty() ? "" : used.get(0)));
    }

    /** The window's services with every change and export recorded. */
    public AppServices audited(AppServices services) {
        return AuditedServices.wrap(services, log);
    }

    /** Records a view each time the case detail shows another case. */
    public void watch(CaseDetailViewModel detail) {
        detail.shownProperty().addListener((obs, old, shown) -> {
            if (shown != null && (old == null || old.id() != shown.id())) {
                long id = shown.id();
                runner.run(BackgroundTask.ofRunnable(() -> log.caseViewed(id))
                        .onError(e -> LOG.error("Recording a case view failed", e)));
            }
        });
    }

    public AuditLog log() { return log; }
    public BackupViewModel backups() { return backups; }
    /** 「担当: 鈴木」 and the last backup notice. */
    public StringExpression statusProperty() {
        return Bindings.concat(Messages.get("staff.status.prefix"), staff.nameProperty(),
                Bindings.when(notice.isEmpty()).then("").otherwise(Bindings.concat("　", notice)));
    }
    /** The open 「操作記録」 window, or null. */
    public ReadOnlyObjectProperty<AuditViewerViewModel> auditViewerProperty() { return auditViewer.getReadOnlyProperty(); }

    // Commands

    /** 設定 → 「担当者の変更…」. */
    public void changeStaff() {
        runner.run(BackgroundTask.of(log::staffNames).onSuccess(this::askNewStaff).onError(e -> {
            LOG.error("Reading the staff names failed", e);
            askNewStaff(List.of());
        }));
    }

    private void askNewStaff(List<String> used) {
        askStaff.apply(new StaffViewModel(used, staff.get())).ifPresent(name -> {
            if (!name.equals(staff.get())) {
                String before = staff.get();
                staff.set(name);
                runner.run(BackgroundTask.ofRunnable(() -> log.record(AuditAction.STAFF_CHANGE, "", "前の担当者: " + before))
                        .onError(e -> LOG.error("Recording a staff change failed", e)));
            }
        });
    }

    /** 「操作記録…」. */
    public void openAuditLog() {
        if (auditViewer.get() == null) {
            auditViewer.set(new AuditViewerViewModel(log, LocalDate.now(clock), runner, dialogs,
                    () -> auditViewer.set(null)));
        }
    }

    /** ファイル → 「バックアップを作成…」. */
    public void createBackup() {
        backups.create(LocalDate.now(clock));
    }
}
