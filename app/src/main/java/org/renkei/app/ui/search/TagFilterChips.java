package org.renkei.app.ui.search;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.HBox;
import org.renkei.app.ui.common.Messages;

/** View part of the capability filter: a chip per chosen tag (× removes it) and a list of the others to add. */
final class TagFilterChips {
    private final KnowledgeFilters filters;
    private final Pane pane;
    private final ComboBox<String> combo;

    TagFilterChips(KnowledgeFilters filters, Pane pane, ComboBox<String> combo) {
        this.filters = filters;
        this.pane = pane;
        this.combo = combo;
    }

    void bind() {
        combo.setItems(filters.choicesProperty());
        combo.setOnAction(e -> {
            String picked = combo.getValue();
            if (picked != null) {
                // after the combo box finished its own selection handling
                javafx.application.Platform.runLater(() -> {
                    filters.add(picked);
                    combo.getSelectionModel().clearSelection();
                    combo.setValue(null);
                });
            }
        });
        filters.tagsProperty().addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        pane.getChildren().setAll(filters.tagsProperty().stream().map(this::chip).toList());
    }

    private Node chip(String tag) {
        Button remove = new Button("×");
        remove.getStyleClass().add("chip-remove");
        remove.setAccessibleText(Messages.get("search.knowledge.remove", tag));
        remove.setOnAction(e -> filters.remove(tag));
        HBox chip = new HBox(4, new Label(tag), remove);
        chip.getStyleClass().add("chip");
        chip.setUserData(tag);
        return chip;
    }
}
