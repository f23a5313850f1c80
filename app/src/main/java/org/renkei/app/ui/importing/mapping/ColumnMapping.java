package org.renkei.app.ui.importing.mapping;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.read.profile.ColumnGuess;
import org.renkei.dataimport.read.profile.ColumnRef;
import org.renkei.dataimport.read.profile.DepartmentSpec;
import org.renkei.dataimport.read.profile.DepartmentStyle;
import org.renkei.dataimport.read.profile.Field;
import org.renkei.dataimport.read.profile.ImportProfile;
import org.renkei.dataimport.read.sheet.SheetRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The column of each field and how departments are written, for the columns of one header row: set from guesses or
 * from a saved profile, changed by the user, and turned back into the parts of a profile.
 */
public final class ColumnMapping {
    /** Separators offered for department lists (a space stands for any white space). */
    static final List<String> SEPARATORS = List.of("、", ",", ";", "/", "・", " ");

    private List<String> header = List.of();
    private Runnable flagListener = () -> { };

    // Properties
    private final Map<Field, ObjectProperty<ColumnChoice>> fields = new EnumMap<>(Field.class);
    private final ReadOnlyListWrapper<ColumnChoice> choices = new ReadOnlyListWrapper<>(FXCollections.observableArrayList(ColumnChoice.NONE));
    private final ObjectProperty<DepartmentStyle> style = new SimpleObjectProperty<>(DepartmentStyle.NONE);
    private final ObjectProperty<String> separator = new SimpleObjectProperty<>("、");
    private final ReadOnlyListWrapper<String> separators = new ReadOnlyListWrapper<>(FXCollections.observableArrayList(SEPARATORS));
    private final ReadOnlyListWrapper<FlagColumn> flagColumns = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final StringProperty everyRow = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper flagStyle = new ReadOnlyBooleanWrapper(false);

    ColumnMapping() {
        for (Field f : Field.values()) {
            fields.put(f, new SimpleObjectProperty<>(ColumnChoice.NONE));
        }
        style.addListener((obs, old, s) -> flagStyle.set(s == DepartmentStyle.FLAG_COLUMNS));
    }

    /** The column chosen for a field ({@link ColumnChoice#NONE} when none). */
    public ObjectProperty<ColumnChoice> columnProperty(Field field) { return fields.get(field); }
    /** None, then every column of the header row. */
    public ReadOnlyListProperty<ColumnChoice> choicesProperty() { return choices.getReadOnlyProperty(); }
    public ObjectProperty<DepartmentStyle> styleProperty() { return style; }
    public ObjectProperty<String> separatorProperty() { return separator; }
    public ReadOnlyListProperty<String> separatorsProperty() { return separators.getReadOnlyProperty(); }
    /** Every column, checked when it is a department column (style FLAG_COLUMNS). */
    public ReadOnlyListProperty<FlagColumn> flagColumnsProperty() { return flagColumns.getReadOnlyProperty(); }
    /** Departments every facility of the list offers (「内科」 for a per-department list), separated by 、 or spaces. */
    public StringProperty everyRowProperty() { return everyRow; }
    public ReadOnlyBooleanProperty flagStyleProperty() { return flagStyle.getReadOnlyProperty(); }

    /** Calls {@code action} after any change of the mapping. */
    void onChange(Runnable action) {
        fields.values().forEach(p -> p.addListener((obs, old, v) -> action.run()));
        style.addListener((obs, old, v) -> action.run());
        separator.addListener((obs, old, v) -> action.run());
        everyRow.addListener((obs, old, v) -> action.run());
        flagColumns.addListener((javafx.collections.ListChangeListener<FlagColumn>) c -> action.run());
        flagListener = action;
    }

    /** Offers the {@code width} columns of a header row; a field keeps its column when the column is still there. */
    void setHeader(List<String> cells, int width) {
        header = List.copyOf(cells);
        List<ColumnChoice> list = new ArrayList<>();
        list.add(ColumnChoice.NONE);
        for (int i = 0; i < Math.max(width, cells.size()); i++) {
            list.add(new ColumnChoice(i, i < cells.size() ? cells.get(i) : ""));
        }
        Map<Field, Integer> kept = new EnumMap<>(Field.class);
        fields.forEach((f, p) -> kept.put(f, chosen(f).index()));
        Set<Integer> flagged = new HashSet<>(selectedFlags());
        choices.setAll(list);
        kept.forEach((f, i) -> fields.get(f).set(choice(i)));
        setFlags(flagged);
    }

    /** Applies the guesses of {@link ColumnGuess} for the current header and the data rows below it. */
    void guess(List<SheetRow> data, DepartmentVocabulary vocabulary) {
        Map<Field, Integer> guessed = ColumnGuess.fields(header);
        fields.forEach((f, p) -> p.set(choice(guessed.getOrDefault(f, -1))));
        DepartmentSpec spec = ColumnGuess.departments(header, data, guessed, vocabulary);
        applyDepartments(spec, spec.flagColumns().stream().map(r -> r.indexIn(header)).toList());
        everyRow.set("");
    }

    /** Applies a profile's columns; returns the columns it names that the header row does not have. */
    List<String> apply(ImportProfile profile) {
        List<String> missing = new ArrayList<>();
        for (Field f : Field.values()) {
            int index = profile.column(f).map(ref -> find(ref, missing)).orElse(-1);
            fields.get(f).set(choice(index));
        }
        List<Integer> flags = new ArrayList<>();
        for (ColumnRef ref : profile.departments().flagColumns()) {
            flags.add(find(ref, missing));
        }
        applyDepartments(profile.departments(), flags);
        everyRow.set(String.join("、", profile.departments().everyRow()));
        return missing;
    }

    private int find(ColumnRef ref, List<String> missing) {
        int i = ref.indexIn(header);
        if (i < 0 || i >= choices.size() - 1) {
            missing.add(ref.describe());
            return -1;
        }
        return i;
    }

    private void applyDepartments(DepartmentSpec spec, List<Integer> flags) {
        if (!separators.contains(spec.separator())) {
            separators.add(spec.separator());
        }
        separator.set(spec.separator());
        setFlags(new HashSet<>(flags));
        style.set(spec.style());
    }

    /** The profile's columns: every field with a column (departments only with a department style). */
    Map<Field, ColumnRef> columnRefs() {
        Map<Field, ColumnRef> refs = new EnumMap<>(Field.class);
        for (Field f : Field.values()) {
            boolean unused = f == Field.DEPARTMENTS && style.get() == DepartmentStyle.NONE;
            if (!chosen(f).none() && !unused) {
                refs.put(f, ColumnRef.forColumn(header, chosen(f).index()));
            }
        }
        return refs;
    }

    /** The profile's department part. */
    DepartmentSpec departmentSpec() {
        List<ColumnRef> flags = style.get() != DepartmentStyle.FLAG_COLUMNS ? List.of()
                : selectedFlags().stream().map(i -> ColumnRef.forColumn(header, i)).toList();
        String sep = separator.get() == null ? "" : separator.get();
        return new DepartmentSpec(style.get(), sep, flags, List.of(everyRow.get().split("[、,，\\s\u3000]+")));
    }

    private List<Integer> selectedFlags() {
        return flagColumns.stream().filter(c -> c.selectedProperty().get()).map(c -> c.column().index()).toList();
    }

    private void setFlags(Set<Integer> selected) {
        List<FlagColumn> list = new ArrayList<>();
        for (ColumnChoice c : choices.subList(1, choices.size())) {
            FlagColumn flag = new FlagColumn(c, selected.contains(c.index()));
            flag.selectedProperty().addListener((obs, old, v) -> flagListener.run());
            list.add(flag);
        }
        flagColumns.setAll(list);
    }

    /** The column of a field; a chooser clears its value while its items are replaced, which counts as none. */
    private ColumnChoice chosen(Field field) {
        ColumnChoice c = fields.get(field).get();
        return c == null ? ColumnChoice.NONE : c;
    }

    private ColumnChoice choice(int index) {
        return index >= 0 && index + 1 < choices.size() ? choices.get(index + 1) : ColumnChoice.NONE;
    }
}
