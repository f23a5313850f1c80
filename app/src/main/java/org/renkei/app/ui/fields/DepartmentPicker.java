package org.renkei.app.ui.fields;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.renkei.app.ui.common.Messages;

import java.util.List;
import java.util.function.Function;

/**
 * View model of a department chip field: the chosen canonical departments, the typed text and its suggestions.
 * Shared by the search and case screens; {@link DepartmentChips} is its view.
 */
public final class DepartmentPicker {
    public static final int SUGGESTION_LIMIT = 8;

    private final DepartmentSuggester suggester;
    private final Function<String, String> unknown;

    // Properties
    private final ReadOnlyListWrapper<String> departments = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final StringProperty input = new SimpleStringProperty("");
    private final ReadOnlyListWrapper<String> suggestions = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final ReadOnlyIntegerWrapper highlighted = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public DepartmentPicker(DepartmentSuggester suggester) {
        this(suggester, typed -> Messages.get("search.department.unknown", typed));
    }

    /**
     * A chip field over other names than departments (the case screen's capability tags).
     *
     * @param unknown the error shown when Enter is pressed on text that matches nothing (argument: the text)
     */
    public DepartmentPicker(DepartmentSuggester suggester, Function<String, String> unknown) {
        this.suggester = suggester;
        this.unknown = unknown;
        input.addListener((obs, old, typed) -> updateSuggestions(typed));
    }

    /** The chosen departments, in the order added. */
    public ReadOnlyListProperty<String> departmentsProperty() { return departments.getReadOnlyProperty(); }
    /** What the user is typing. */
    public StringProperty inputProperty() { return input; }
    public ReadOnlyListProperty<String> suggestionsProperty() { return suggestions.getReadOnlyProperty(); }
    /** Index of the highlighted suggestion, -1 when none. */
    public ReadOnlyIntegerProperty highlightedProperty() { return highlighted.getReadOnlyProperty(); }
    /** 「…」に当たる診療科がありません, or empty. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    // Commands

    /** Adds a canonical department as a chip (ignored when already chosen) and clears the typed text. */
    public void add(String name) {
        if (name != null && !name.isBlank() && !departments.contains(name)) {
            departments.add(name);
        }
        error.set("");
        input.set("");
    }

    /** Enter in the field: adds the highlighted (or top) suggestion. False when nothing was typed or matched. */
    public boolean addHighlighted() {
        String typed = input.get().strip();
        if (typed.isEmpty()) {
            return false;
        }
        if (suggestions.isEmpty()) {
            error.set(unknown.apply(typed));
            return false;
        }
        int i = Math.max(0, highlighted.get());
        add(suggestions.get(Math.min(i, suggestions.size() - 1)));
        return true;
    }

    /** True unless text is typed that matches no department (then the error is shown). */
    public boolean commitTyped() {
        return input.get().isBlank() || addHighlighted();
    }

    /** Up/Down move through the suggestions. */
    public void moveHighlight(int delta) {
        if (!suggestions.isEmpty()) {
            highlighted.set(Math.floorMod(highlighted.get() + delta, suggestions.size()));
        }
    }

    public void remove(String name) {
        departments.remove(name);
    }

    /** Backspace in the empty field removes the last chip. */
    public void removeLast() {
        if (!departments.isEmpty()) {
            departments.remove(departments.size() - 1);
        }
    }

    /** Suggests again for the typed text (the names to suggest changed, e.g. a vocabulary finished loading). */
    public void refreshSuggestions() {
        updateSuggestions(input.get());
    }

    public void closeSuggestions() {
        suggestions.clear();
        highlighted.set(-1);
    }

    private void updateSuggestions(String typed) {
        error.set("");
        if (typed == null || typed.isBlank()) {
            closeSuggestions();
            return;
        }
        List<String> found = suggester.suggest(typed.strip(), SUGGESTION_LIMIT + departments.size()).stream()
                .filter(d -> !departments.contains(d)).limit(SUGGESTION_LIMIT).toList();
        suggestions.setAll(found);
        highlighted.set(found.isEmpty() ? -1 : 0);
    }
}
