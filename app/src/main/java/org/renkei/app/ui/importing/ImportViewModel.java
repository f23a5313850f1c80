package org.renkei.app.ui.importing;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.renkei.app.importing.ReaderResolver;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.dataimport.read.detect.FormatDetector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** An import run with its progress dialog and its result: counts per file and every problem. */
public final class ImportViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ImportViewModel.class);

    /** IDLE = no dialog, RUNNING = progress, FINISHED = result shown until dismissed. */
    public enum Phase { IDLE, RUNNING, FINISHED }

    /** Told on the UI thread when a run ends. */
    @FunctionalInterface
    public interface FinishListener {
        /** @param storeChanged whether any facility was added, updated or closed (true when unknown) */
        void finished(boolean storeChanged);
    }

    private final FileImporter importer;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private FinishListener onFinished = storeChanged -> { };
    private Consumer<Path> onMapColumns = path -> { };
    private ProgressRelay relay;

    // Properties
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyStringWrapper currentFile = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rowsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyListWrapper<FileResultRow> files = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<ProblemRow> problems = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rejections = new ReadOnlyStringWrapper("");
    private TimeLeft timeLeft = new TimeLeft(System::nanoTime);
    private final ReadOnlyObjectWrapper<Path> mappableFile = new ReadOnlyObjectWrapper<>();

    public ImportViewModel(FileImporter importer, TaskRunner runner, DialogService dialogs) {
        this.importer = importer;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }
    public ReadOnlyStringProperty currentFileProperty() { return currentFile.getReadOnlyProperty(); }
    public ReadOnlyStringProperty rowsTextProperty() { return rowsText.getReadOnlyProperty(); }
    /** 0..1, or -1 when the total is unknown (indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty cancelRequestedProperty() { return cancelRequested.getReadOnlyProperty(); }
    public ReadOnlyListProperty<FileResultRow> filesProperty() { return files.getReadOnlyProperty(); }
    public ReadOnlyListProperty<ProblemRow> problemsProperty() { return problems.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** Rejected files with their reason and the fact that nothing was changed; empty when none. */
    public ReadOnlyStringProperty rejectionsProperty() { return rejections.getReadOnlyProperty(); }
    /** A file rejected because its format is unknown (the column mapping may read it), else null. */
    public ReadOnlyObjectProperty<Path> mappableFileProperty() { return mappableFile.getReadOnlyProperty(); }

    /** Called after every run (to refresh statistics and results when the store changed). */
    public void setOnFinished(FinishListener onFinished) {
        this.onFinished = onFinished;
    }

    /** Called with the file to map when the user asks for the column mapping of a rejected file. */
    public void setOnMapColumns(Consumer<Path> onMapColumns) {
        this.onMapColumns = onMapColumns;
    }

    // Commands

    /** Asks the user for files, then imports them. */
    public void chooseAndImport() {
        List<Path> chosen = dialogs.chooseFilesToImport();
        if (!chosen.isEmpty()) {
            importFiles(chosen);
        }
    }

    /** Imports files in the background; ignored while another import runs. */
    public void importFiles(List<Path> paths) {
        run(importer, paths);
    }

    /** Imports files read by {@code resolver} (a user's list through its import profile), like {@link #importFiles}. */
    public void importWith(ReaderResolver resolver, List<Path> paths) {
        run(importer.with(resolver), paths);
    }

    /** 列を対応付けて取り込む: closes the result and hands the file of unknown format to the column mapping. */
    public void mapColumns() {
        Path file = mappableFile.get();
        if (file != null) {
            dismiss();
            onMapColumns.accept(file);
        }
    }

    private void run(FileImporter fileImporter, List<Path> paths) {
        if (phase.get() == Phase.RUNNING || paths.isEmpty()) {
            return;
        }
        files.clear();
        problems.clear();
        summary.set("");
        rejections.set("");
        mappableFile.set(null);
        currentFile.set("");
        rowsText.set(Messages.get("import.progress.starting"));
        progress.set(-1);
        cancelRequested.set(false);
        relay = new ProgressRelay(runner, this::showProgress);
        timeLeft = new TimeLeft(System::nanoTime);
        phase.set(Phase.RUNNING);
        List<Path> copy = List.copyOf(paths);
        ProgressRelay current = relay;
        AtomicBoolean changed = new AtomicBoolean(true);
        runner.run(BackgroundTask.of(() -> new ImportRun(fileImporter, current).run(copy))
                .onSuccess(outcomes -> {
                    changed.set(outcomes.stream().anyMatch(FileOutcome::changedStore));
                    showResult(outcomes, copy);
                })
                .onError(e -> {
                    LOG.error("Import run failed", e);
                    phase.set(Phase.IDLE);
                    dialogs.showError(Messages.get("import.failed.header"), Messages.get("import.failed.message"));
                })
                .andFinally(() -> onFinished.finished(changed.get())));
    }

    /** The 中止 button: the current file is rolled back and the remaining files are not imported. */
    public void cancel() {
        if (phase.get() == Phase.RUNNING && relay != null) {
            relay.cancel();
            cancelRequested.set(true);
        }
    }

    /** Closes the result. */
    public void dismiss() {
        if (phase.get() == Phase.FINISHED) {
            phase.set(Phase.IDLE);
        }
    }

    private void showProgress(ProgressRelay.Snapshot s) {
        currentFile.set(s.fileCount() > 1
                ? Messages.get("import.progress.fileOf", s.fileIndex() + 1, s.fileCount(), s.file())
                : s.file());
        OptionalLong left = timeLeft.seconds(s.fileIndex(), s.fraction());
        rowsText.set(left.isPresent()
                ? Messages.get("import.progress.rowsLeft", s.rows(), TimeLeft.text(left.getAsLong()))
                : Messages.get("import.progress.rows", s.rows()));
        progress.set(s.fraction() < 0 ? -1 : Math.min(1, s.fraction()));
    }

    private void showResult(List<FileOutcome> outcomes, List<Path> paths) {
        files.setAll(outcomes.stream().map(FileResultRow::of).toList());
        problems.setAll(outcomes.stream().filter(o -> o.report() != null)
                .flatMap(o -> o.report().problems().stream()).map(ProblemRow::of).toList());
        summary.set(ImportSummary.of(outcomes));
        mappableFile.set(outcomes.stream()
                .filter(o -> o.status() == FileOutcome.Status.REJECTED && FormatDetector.isUnknownFormat(o.problem()))
                .flatMap(o -> paths.stream().filter(p -> p.getFileName().toString().equals(o.file())))
                .findFirst().orElse(null));
        String rejected = ImportSummary.rejections(outcomes);
        rejections.set(mappableFile.get() == null ? rejected
                : rejected + "\n" + Messages.get("import.rejected.mapHint", mappableFile.get().getFileName().toString()));
        phase.set(Phase.FINISHED);
    }
}
