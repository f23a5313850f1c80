package org.renkei.app.ui.audit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import org.renkei.app.audit.StaffNames;

import java.util.List;
import java.util.Optional;

/** 「担当者」: pick a name used before or type a new one. No nodes. */
public final class StaffViewModel {
    // Properties
    private final ReadOnlyListWrapper<String> names = new ReadOnlyListWrapper<>(FXCollections.observableArrayList());
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper(false);

    /**
     * @param used    names used before, most recent first
     * @param initial the name offered (the current one, or the most recent)
     */
    public StaffViewModel(List<String> used, String initial) {
        names.setAll(used);
        text.addListener((obs, old, now) -> check(now));
        text.set(initial == null ? "" : initial);
        check(text.get());
    }

    public ReadOnlyListProperty<String> namesProperty() { return names.getReadOnlyProperty(); }
    /** What is typed or picked. */
    public StringProperty textProperty() { return text; }
    /** Why the name cannot be used, or empty. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty acceptableProperty() { return acceptable.getReadOnlyProperty(); }

    // Commands

    /** The name entered, cleaned; empty (with {@link #errorProperty()} set) when it cannot be used. */
    public Optional<String> accept() {
        try {
            return Optional.of(StaffNames.require(text.get()));
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void check(String now) {
        try {
            StaffNames.require(now);
            error.set("");
            acceptable.set(true);
        } catch (IllegalArgumentException e) {
            // a blank field just disables OK; a too-long name says why
            error.set(now == null || now.isBlank() ? "" : e.getMessage());
            acceptable.set(false);
        }
    }
}
