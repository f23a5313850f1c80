package org.renkei.app.ui.importing.mapping;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.profile.ColumnGuess;
import org.renkei.dataimport.read.profile.CsvEncoding;
import org.renkei.dataimport.read.profile.ImportProfile;
import org.renkei.dataimport.read.profile.Preview;
import org.renkei.dataimport.read.profile.SheetRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.List;

/**
 * The column-mapping dialog: a user's own list previewed (sheet, header row), its columns mapped to fields
 * ({@link ColumnMapping}), saved or opened as an import profile, and imported through the normal import.
 */
public final class MappingViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MappingViewModel.class);

    private final MappingServices services;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final MappingFiles files;
    private final ColumnMapping columns = new ColumnMapping();
    private final ListPreview preview = new ListPreview();
    private ImportProfile pending;
    private boolean updating;
    private String status = "";

    // Properties
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final ObjectProperty<CsvEncoding> encoding = new SimpleObjectProperty<>(CsvEncoding.AUTO);
    private final IntegerProperty headerRow = new SimpleIntegerProperty(1);
    private final IntegerProperty firstDataRow = new SimpleIntegerProperty(2);
    private final StringProperty sourceName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(false);

    public MappingViewModel(MappingServices services, TaskRunner runner, DialogService dialogs, MappingFiles files) {
        this.services = services;
        this.runner = runner;
        this.dialogs = dialogs;
        this.files = files;
        sheet.addListener((obs, old, s) -> reloadUnlessUpdating(s == null ? SheetRef.at(1) : SheetRef.named(s)));
        encoding.addListener((obs, old, e) -> reloadUnlessUpdating(currentSheet()));
        headerRow.addListener((obs, old, row) -> {
            Preview p = preview.current();
            if (!updating && p != null) {
                firstDataRow.set(row.intValue() + 1);
                columns.setHeader(p.cells(row.intValue()), p.width());
                columns.guess(p.rowsAfter(row.intValue()), preview.vocabulary());
            }
            validate();
        });
        firstDataRow.addListener((obs, old, v) -> validate());
        sourceName.addListener((obs, old, v) -> validate());
        columns.onChange(this::validate);
    }

    /** True while the dialog is shown. */
    public ReadOnlyBooleanProperty shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public ObjectProperty<String> sheetProperty() { return sheet; }
    public ObjectProperty<CsvEncoding> encodingProperty() { return encoding; }
    /** 1-based header row (re-guesses the columns when changed). */
    public IntegerProperty headerRowProperty() { return headerRow; }
    public IntegerProperty firstDataRowProperty() { return firstDataRow; }
    /** The list's name; its facilities get the source {@code own:<name>}. */
    public StringProperty sourceNameProperty() { return sourceName; }
    /** What is missing before importing, or what was just done. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canImportProperty() { return canImport.getReadOnlyProperty(); }
    public ColumnMapping columns() { return columns; }
    public ListPreview preview() { return preview; }

    // Commands

    /** Asks for a list file, then opens the dialog on it. */
    public void chooseAndOpen() {
        files.chooseList().ifPresent(this::openFile);
    }

    /** Opens the dialog on {@code path}: preview of its first sheet and guessed columns. */
    public void openFile(Path path) {
        file.set(path);
        String base = path.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        sourceName.set(base.length() > ImportProfile.MAX_NAME ? base.substring(0, ImportProfile.MAX_NAME) : base);
        status = "";
        shown.set(true);
        updating = true;
        encoding.set(pending != null ? pending.encoding() : CsvEncoding.AUTO);
        updating = false;
        load(pending != null ? pending.sheet() : SheetRef.at(1), true);
    }

    /** Opens a saved profile and applies it to the list (the list is asked for when none is open). */
    public void openProfile() {
        files.chooseProfileToOpen().ifPresent(path -> runner.run(BackgroundTask.of(() -> services.profiles().load(path))
                .onSuccess(p -> {
                    pending = p;
                    if (file.get() == null) {
                        chooseAndOpen();
                        return;
                    }
                    updating = true;
                    encoding.set(p.encoding());
                    updating = false;
                    load(p.sheet(), false);
                })
                .onError(e -> failed("mapping.profile.openFailed", e))));
    }

    /** Saves the mapping as a profile (JSON) where the user chooses. */
    public void saveProfile() {
        ImportProfile p = profileOrError();
        if (p == null) {
            return;
        }
        files.chooseProfileToSave(p.name() + ".json").ifPresent(path -> runner.run(BackgroundTask.of(() -> {
                    services.profiles().save(p, path);
                    return path;
                })
                        .onSuccess(v -> {
                            status = Messages.get("mapping.profile.saved", path.getFileName().toString());
                            validate();
                        })
                        .onError(e -> failed("mapping.profile.saveFailed", e))));
    }

    /** Imports the list through the mapping (progress and result in the import dialog) and closes this dialog. */
    public void importNow() {
        ImportProfile p = profileOrError();
        if (p != null) {
            services.importer().start(p, file.get());
            close();
        }
    }

    public void close() {
        shown.set(false);
        pending = null;
    }

    /** The profile the dialog describes now. */
    public ImportProfile profile() {
        return new ImportProfile(sourceName.get(), preview.fileTypeProperty().get(), encoding.get(), currentSheet(),
                headerRow.get(), firstDataRow.get(), columns.columnRefs(), columns.departmentSpec(), null);
    }

    // Internals

    private SheetRef currentSheet() {
        return sheet.get() == null ? SheetRef.at(1) : SheetRef.named(sheet.get());
    }

    private void reloadUnlessUpdating(SheetRef ref) {
        if (!updating && file.get() != null) {
            load(ref, true);
        }
    }

    private void load(SheetRef ref, boolean guess) {
        Path f = file.get();
        CsvEncoding enc = encoding.get();
        busy.set(true);
        runner.run(BackgroundTask.of(() -> ListPreview.load(services, f, enc, ref, guess))
                .onSuccess(loaded -> show(loaded, guess))
                .onError(e -> {
                    preview.clear();
                    status = e instanceof ImportRejectedException r ? r.problem().describe()
                            : Messages.get("mapping.message.previewFailed");
                    LOG.info("Preview of a list failed: {}", e.toString());
                })
                .andFinally(() -> {
                    busy.set(false);
                    validate();
                }));
    }

    private void show(ListPreview.Loaded loaded, boolean guess) {
        Preview p = loaded.preview();
        updating = true;
        preview.show(loaded);
        sheet.set(p.sheet().isEmpty() ? null : p.sheet());
        ImportProfile applied = pending;
        pending = null;
        long header = applied != null ? applied.headerRow()
                : guess ? ColumnGuess.headerRow(p.rows(), loaded.vocabulary()) : headerRow.get();
        headerRow.set((int) header);
        firstDataRow.set(applied != null ? applied.firstDataRow() : (int) header + 1);
        columns.setHeader(p.cells(header), p.width());
        if (applied != null) {
            sourceName.set(applied.name());
            List<String> missing = columns.apply(applied);
            status = missing.isEmpty() ? Messages.get("mapping.profile.applied", applied.name())
                    : Messages.get("mapping.profile.missing", String.join("、", missing));
        } else if (guess) {
            columns.guess(p.rowsAfter(header), loaded.vocabulary());
        }
        updating = false;
    }

    private void validate() {
        if (updating) {
            return;
        }
        String problem = null;
        if (file.get() == null || preview.current() == null) {
            problem = status.isEmpty() ? Messages.get("mapping.message.chooseFile") : status;
        } else {
            try {
                profile();
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        canImport.set(problem == null && !busy.get());
        message.set(problem == null ? status : status.isEmpty() || status.equals(problem) ? problem
                : status + "\n" + problem);
    }

    private ImportProfile profileOrError() {
        try {
            return profile();
        } catch (IllegalArgumentException e) {
            dialogs.showError(Messages.get("mapping.invalid.header"), e.getMessage());
            return null;
        }
    }

    private void failed(String key, Exception e) {
        LOG.warn("Mapping dialog: {}", key, e);
        String reason = e instanceof ImportRejectedException r ? r.problem().describe() : String.valueOf(e.getMessage());
        dialogs.showError(Messages.get(key), reason);
    }
}
