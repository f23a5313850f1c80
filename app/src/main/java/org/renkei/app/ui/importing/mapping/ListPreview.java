package org.renkei.app.ui.importing.mapping;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.profile.ColumnGuess;
import org.renkei.dataimport.read.profile.CsvEncoding;
import org.renkei.dataimport.read.profile.Field;
import org.renkei.dataimport.read.profile.FileType;
import org.renkei.dataimport.read.profile.Preview;
import org.renkei.dataimport.read.profile.SheetRef;
import org.renkei.dataimport.read.sheet.SheetRow;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.IntStream;

/** The previewed list as the mapping dialog shows it: its type, its sheets, the first rows and their columns. */
public final class ListPreview {
    private static final int MAX_SHEETS_TRIED = 10;

    private Preview preview;
    private DepartmentVocabulary vocabulary;

    // Properties
    private final ReadOnlyObjectWrapper<FileType> fileType = new ReadOnlyObjectWrapper<>(FileType.CSV);
    private final ReadOnlyBooleanWrapper workbook = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyListWrapper<String> sheets = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<PreviewRow> rows = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyListWrapper<String> columnTitles = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());

    public ReadOnlyObjectProperty<FileType> fileTypeProperty() { return fileType.getReadOnlyProperty(); }
    /** True for .xlsx / .xls (a sheet to choose), false for CSV (an encoding to choose). */
    public ReadOnlyBooleanProperty workbookProperty() { return workbook.getReadOnlyProperty(); }
    public ReadOnlyListProperty<String> sheetsProperty() { return sheets.getReadOnlyProperty(); }
    /** The first {@value Preview#ROWS} rows of the sheet. */
    public ReadOnlyListProperty<PreviewRow> rowsProperty() { return rows.getReadOnlyProperty(); }
    /** Titles of the preview's columns: A, B, C … */
    public ReadOnlyListProperty<String> columnTitlesProperty() { return columnTitles.getReadOnlyProperty(); }

    /** A preview read off the UI thread, with the vocabulary the guesses need. */
    record Loaded(Preview preview, DepartmentVocabulary vocabulary) {
    }

    /**
     * Reads the sheet asked for (slow: off the UI thread); when guessing on a workbook's first sheet that names no
     * name and address column (a cover sheet), the first later sheet that does.
     */
    static Loaded load(MappingServices services, Path file, CsvEncoding encoding, SheetRef sheet, boolean guess)
            throws ImportRejectedException {
        DepartmentVocabulary v = services.vocabulary().get();
        Preview first = services.previews().load(file, encoding, sheet);
        if (!guess || !sheet.equals(SheetRef.at(1)) || plausible(first, v)) {
            return new Loaded(first, v);
        }
        for (String name : first.sheets().subList(1, Math.min(first.sheets().size(), MAX_SHEETS_TRIED))) {
            Preview other = services.previews().load(file, encoding, SheetRef.named(name));
            if (plausible(other, v)) {
                return new Loaded(other, v);
            }
        }
        return new Loaded(first, v);
    }

    private static boolean plausible(Preview p, DepartmentVocabulary v) {
        Map<Field, Integer> fields = ColumnGuess.fields(p.cells(ColumnGuess.headerRow(p.rows(), v)));
        return fields.containsKey(Field.NAME) && fields.containsKey(Field.ADDRESS);
    }

    void show(Loaded loaded) {
        preview = loaded.preview();
        vocabulary = loaded.vocabulary();
        fileType.set(preview.type());
        workbook.set(preview.type().workbook());
        sheets.setAll(preview.sheets());
        rows.setAll(preview.rows().stream().map(r -> new PreviewRow(r.number(), r.cells())).toList());
        columnTitles.setAll(IntStream.range(0, preview.width()).mapToObj(SheetRow::columnLetter).toList());
    }

    void clear() {
        preview = null;
        rows.clear();
        columnTitles.clear();
    }

    /** The preview shown, null when none. */
    Preview current() {
        return preview;
    }

    DepartmentVocabulary vocabulary() {
        return vocabulary;
    }
}
