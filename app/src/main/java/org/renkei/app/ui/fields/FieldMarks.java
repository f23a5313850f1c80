package org.renkei.app.ui.fields;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Validation marks: a view model's error text under a field (collapsed when empty) and a red frame on the field. */
public final class FieldMarks {
    private FieldMarks() {
    }

    public static void mark(Node field, Label error, ObservableStringValue problem) {
        error.textProperty().bind(problem);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        Runnable frame = () -> {
            field.getStyleClass().remove("invalid");
            if (!problem.get().isEmpty()) {
                field.getStyleClass().add("invalid");
            }
        };
        problem.addListener((obs, old, now) -> frame.run());
        frame.run();
    }
}
