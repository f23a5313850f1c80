package org.renkei.app.ui.importing.mapping;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.renkei.app.ui.common.BackgroundTask;
import org.renkei.app.ui.common.DialogService;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.TaskRunner;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.profile.ColumnGuess;
import org.renkei.dataimport.read.profile.CsvEncoding;
import org.renkei.dataimport.read.profile.Field;
import org.renkei.dataimport.read.profile.FileType;
import org.renkei.dataimport.read.profile.ImportProfile;
import org.renkei.dataimport.read.profile.Preview;
import org.renkei.dataimport.read.profile.SheetRef;
import org.renkei.dataimport.read.sheet.SheetRow;
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
    private static final int MAX_SHEETS_TRIED = 10;

    private final MappingServices services;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final MappingFiles files;
    private final ColumnMapping columns = new ColumnMapping();
    private Preview preview;
    private DepartmentVocabulary vocabulary;
    private ImportProfile pending;
    private boolean updating;
    private String status = "";

    // Properties
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FileType> fileType = new ReadOnlyObjectWrapper<>(FileType.CSV);
    private final ReadOnlyBooleanWrapper workbook = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyListWrapper<String> sheets = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final ObjectProperty<CsvEncoding> encoding = new SimpleObjectProperty<>(CsvEncoding.AUTO);
    private final IntegerProperty headerRow = new SimpleIntegerProperty(1);
    private final IntegerProperty firstDataRow = new SimpleIntegerProperty(2);
    private final ReadOnlyListWrapper<PreviewRow> rows = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> columnTitles = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
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
            if (!updating && preview != null) {
                firstDataRow.set(row.intValue() + 1);
                columns.setHeader(preview.cells(row.intValue()), preview.width());
                columns.guess(preview.rowsAfter(row.intValue()), vocabulary);
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
    public ReadOnlyObjectProperty<FileType> fileTypeProperty() { return fileType.getReadOnlyProperty(); }
    /** True for .xlsx / .xls (a sheet to choose), false for CSV (an encoding to choose). */
    public ReadOnlyBooleanProperty workbookProperty() { return workbook.getReadOnlyProperty(); }
    public ReadOnlyListProperty<String> sheetsProperty() { return sheets.getReadOnlyProperty(); }
    public ObjectProperty<String> sheetProperty() { return sheet; }
    public ObjectProperty<CsvEncoding> encodingProperty() { return encoding; }
    /** 1-based header row (re-guesses the columns when changed). */
    public IntegerProperty headerRowProperty() { return headerRow; }
    public IntegerProperty firstDataRowProperty() { return firstDataRow; }
    /** The first {@value Preview#ROWS} rows of the sheet. */
    public ReadOnlyListProperty<PreviewRow> rowsProperty() { return rows.getReadOnlyProperty(); }
    /** Titles of the preview's columns: A, B, C … */
    public ReadOnlyListProperty<String> columnTitlesProperty() { return columnTitles.getReadOnlyProperty(); }
    /** The list's name; its facilities get the source {@code own:<name>}. */
    public StringProperty sourceNameProperty() { return sourceName; }
    /** What is missing before importing, or what was just done. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canImportProperty() { return canImport.getReadOnlyProperty(); }
    public ColumnMapping columns() { return columns; }

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
        files.chooseProfileToSave(p.name() + ".json").ifPresent(path -> runner.run(
                BackgroundTask.ofRunnable(() -> save(p, path))
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
        return new ImportProfile(sourceName.get(), fileType.get(), encoding.get(), currentSheet(), headerRow.get(),
                firstDataRow.get(), columns.columnRefs(), columns.departmentSpec(), null);
    }

    // Internals

    private void save(ImportProfile p, Path path) {
        try {
            services.profiles().save(p, path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private SheetRef currentSheet() {
        return sheet.get() == null ? SheetRef.at(1) : SheetRef.named(sheet.get());
    }

    private void reloadUnlessUpdating(SheetRef ref) {
        if (!updating && file.get() != null) {
            load(ref, true);
        }
    }

    private record Loaded(Preview preview, DepartmentVocabulary vocabulary) {
    }

    private void load(SheetRef ref, boolean guess) {
        Path f = file.get();
        CsvEncoding enc = encoding.get();
        busy.set(true);
        runner.run(BackgroundTask.of(() -> preview(f, enc, ref, guess))
                .onSuccess(loaded -> show(loaded, guess))
                .onError(e -> {
                    preview = null;
                    rows.clear();
                    status = e instanceof ImportRejectedException r ? r.problem().describe()
                            : Messages.get("mapping.message.previewFailed");
                    LOG.info("Preview of a list failed: {}", e.toString());
                })
                .andFinally(() -> {
                    busy.set(false);
                    validate();
                }));
    }

    /**
     * The preview of the sheet asked for; when guessing on a workbook's first sheet that names no name and address
     * column (a cover sheet), the first later sheet that does.
     */
    private Loaded preview(Path f, CsvEncoding enc, SheetRef ref, boolean guess) throws ImportRejectedException {
        DepartmentVocabulary v = services.vocabulary().get();
        Preview first = services.previews().load(f, enc, ref);
        if (!guess || !ref.equals(SheetRef.at(1)) || plausible(first, v)) {
            return new Loaded(first, v);
        }
        for (String name : first.sheets().subList(1, Math.min(first.sheets().size(), MAX_SHEETS_TRIED))) {
            Preview other = services.previews().load(f, enc, SheetRef.named(name));
            if (plausible(other, v)) {
                return new Loaded(other, v);
            }
        }
        return new Loaded(first, v);
    }

    private static boolean plausible(Preview p, DepartmentVocabulary v) {
        var fields = ColumnGuess.fields(p.cells(ColumnGuess.headerRow(p.rows(), v)));
        return fields.containsKey(Field.NAME) && fields.containsKey(Field.ADDRESS);
    }

    private void show(Loaded loaded, boolean guess) {
        Preview p = loaded.preview();
        preview = p;
        vocabulary = loaded.vocabulary();
        updating = true;
        fileType.set(p.type());
        workbook.set(p.type().workbook());
        sheets.setAll(p.sheets());
        sheet.set(p.sheet().isEmpty() ? null : p.sheet());
        rows.setAll(p.rows().stream().map(r -> new PreviewRow(r.number(), r.cells())).toList());
        columnTitles.setAll(java.util.stream.IntStream.range(0, p.width()).mapToObj(SheetRow::columnLetter).toList());
        ImportProfile applied = pending;
        pending = null;
        long header = applied != null ? applied.headerRow() : guess ? ColumnGuess.headerRow(p.rows(), vocabulary)
                : headerRow.get();
        headerRow.set((int) header);
        firstDataRow.set(applied != null ? applied.firstDataRow() : (int) header + 1);
        columns.setHeader(p.cells(header), p.width());
        if (applied != null) {
            sourceName.set(applied.name());
            List<String> missing = columns.apply(applied);
            status = missing.isEmpty() ? Messages.get("mapping.profile.applied", applied.name())
                    : Messages.get("mapping.profile.missing", String.join("、", missing));
        } else if (guess) {
            columns.guess(p.rowsAfter(header), vocabulary);
        }
        updating = false;
    }

    private void validate() {
        if (updating) {
            return;
        }
        String problem = null;
        if (file.get() == null || preview == null) {
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
