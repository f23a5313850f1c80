package org.renkei.app.ui.audit;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.renkei.app.audit.AuditAction;
import org.renkei.app.audit.AuditEntry;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.audit.AuditWorkbook;
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

/** 「操作記録」: the entries of a date range in a table, and the same as .xlsx. No nodes. */
public final class AuditViewerViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AuditViewerViewModel.class);

    private final AuditLog log;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Runnable onClose;

    // Properties
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyListWrapper<AuditRow> rows = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final RunState working = new RunState();
    private List<AuditEntry> shown = List.of();

    /** Opens on the last 7 days up to {@code today}. */
    public AuditViewerViewModel(AuditLog log, LocalDate today, TaskRunner runner, DialogService dialogs,
                                Runnable onClose) {
        this.log = log;
        this.runner = runner;
        this.dialogs = dialogs;
        this.onClose = onClose;
        from.set(today.minusDays(6));
        to.set(today);
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ReadOnlyListProperty<AuditRow> rowsProperty() { return rows.getReadOnlyProperty(); }
    /** 「N 件」 or why nothing is shown. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return working.busyProperty(); }

    // Commands

    /** 「表示」: reads the entries of the range. */
    public void load() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f == null || t == null || f.isAfter(t)) {
            message.set(Messages.get("audit.viewer.badRange"));
            return;
        }
        working.run(runner, BackgroundTask.of(() -> log.between(f, t))
                .onSuccess(entries -> {
                    shown = entries;
                    rows.setAll(entries.stream().map(AuditRow::of).toList());
                    message.set(Messages.get("audit.viewer.count", entries.size()));
                })
                .onError(e -> UserErrors.show(dialogs, LOG, Messages.get("audit.viewer.failed"),
                        "Reading audit entries", e)));
    }

    /** 「Excel に書き出す…」: the shown entries as .xlsx; the export itself is recorded. */
    public void export() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f == null || t == null || working.busyProperty().get()) {
            return;
        }
        Path out = dialogs.chooseFileToSave(Messages.get("audit.viewer.chooser"), "操作記録_" + f + "_" + t + ".xlsx",
                Messages.get("export.geo.filter.xlsx"), "xlsx").orElse(null);
        if (out == null) {
            return;
        }
        List<AuditEntry> entries = shown;
        working.run(runner, BackgroundTask.of(() -> {
                    AuditWorkbook.write(entries, f, t, out);
                    log.record(AuditAction.AUDIT_EXPORT, "XLSX 1件", f + "〜" + t + "（" + entries.size() + "件）");
                    return out;
                })
                .onSuccess(file -> {
                    message.set(Messages.get("audit.viewer.written", file.getFileName().toString()));
                    dialogs.openInSystemViewer(file);
                })
                .onError(e -> UserErrors.show(dialogs, LOG, Messages.get("audit.viewer.exportFailed"),
                        "Writing the audit workbook", e)));
    }

    public void cancel() {
        onClose.run();
    }
}
