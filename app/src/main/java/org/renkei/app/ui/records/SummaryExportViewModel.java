package org.renkei.app.ui.records;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.RunState;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.app.ui.common.UserErrors;
import org.renkei.app.ui.fields.DateText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Consumer;

/** 「紹介集計表を出力」: a period of months, then a file name; the workbook opens in the system viewer. */
public final class SummaryExportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SummaryExportViewModel.class);

    private final SummaryWriter writer;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Consumer<String> onDone;
    private final Runnable onClosed;

    // Properties
    private final StringProperty from = new SimpleStringProperty();
    private final StringProperty to = new SimpleStringProperty();
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper("");
    private final RunState writing = new RunState();
    private final ReadOnlyBooleanWrapper canExport = new ReadOnlyBooleanWrapper(false);

    /**
     * @param onDone told what was written (for the status bar) once the workbook is written; the dialog is closed
     * @param today  the period starts as January to this month
     */
    public SummaryExportViewModel(SummaryWriter writer, LocalDate today, TaskRunner runner, DialogService dialogs,
                                  Consumer<String> onDone, Runnable onClosed) {
        this.writer = writer;
        this.runner = runner;
        this.dialogs = dialogs;
        this.onDone = onDone;
        this.onClosed = onClosed;
        from.set(DateText.format(YearMonth.of(today.getYear(), 1)));
        to.set(DateText.format(YearMonth.from(today)));
        periodError.bind(Bindings.createStringBinding(this::periodProblem, from, to));
        canExport.bind(periodError.isEmpty().and(writing.busyProperty().not()));
    }

    /** The first month, 「2026/01」. */
    public StringProperty fromProperty() { return from; }
    /** The last month (inclusive). */
    public StringProperty toProperty() { return to; }
    public ReadOnlyStringProperty periodErrorProperty() { return periodError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return writing.busyProperty(); }
    public ReadOnlyBooleanProperty canExportProperty() { return canExport.getReadOnlyProperty(); }

    // Commands

    /** 「出力…」: asks for the file, writes it in the background, opens it. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        YearMonth start = DateText.parseMonth(from.get()).orElseThrow();
        YearMonth end = DateText.parseMonth(to.get()).orElseThrow();
        Optional<Path> chosen = dialogs.chooseFileToSave(Messages.get("records.summary.chooser"),
                Messages.get("records.summary.fileName", start.toString(), end.toString()),
                Messages.get("records.summary.filter"), "xlsx");
        if (chosen.isEmpty()) {
            return;
        }
        Path out = chosen.get();
        writing.run(runner, BackgroundTask.of(() -> writer.write(start, end, out))
                .onSuccess(n -> {
                    onDone.accept(Messages.get("records.summary.done", n, out.getFileName().toString()));
                    onClosed.run();
                    dialogs.openInSystemViewer(out);
                })
                .onError(e -> UserErrors.show(dialogs, LOG, Messages.get("records.summary.failed"),
                        "Writing the summary workbook", e)));
    }

    public void cancel() {
        if (!writing.busyProperty().get()) {
            onClosed.run();
        }
    }

    // Internals

    private String periodProblem() {
        Optional<YearMonth> start = DateText.parseMonth(from.get());
        Optional<YearMonth> end = DateText.parseMonth(to.get());
        if (start.isEmpty() || end.isEmpty()) {
            return Messages.get("records.summary.month.invalid");
        }
        return end.get().isBefore(start.get()) ? Messages.get("records.summary.period.reversed") : "";
    }
}
