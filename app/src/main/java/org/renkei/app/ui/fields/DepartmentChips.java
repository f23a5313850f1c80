package org.renkei.app.ui.fields;

import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import org.renkei.app.ui.common.Messages;

/**
 * View part of the department chip field: removable chips before a text field, and a suggestion popup.
 * All decisions (what to suggest, what Enter adds) are the view model's.
 */
public final class DepartmentChips {
    private final DepartmentPicker picker;
    private final FlowPane chipPane;
    private final TextField field;
    private final Popup popup = new Popup();
    private final ListView<String> suggestionList = new ListView<>();

    public DepartmentChips(DepartmentPicker picker, FlowPane chipPane, TextField field) {
        this.picker = picker;
        this.chipPane = chipPane;
        this.field = field;
    }

    public void bind() {
        field.textProperty().bindBidirectional(picker.inputProperty());
        picker.departmentsProperty().addListener((ListChangeListener<String>) c -> rebuildChips());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        suggestionList.setFocusTraversable(false);
        suggestionList.getStyleClass().add("suggestions");
        suggestionList.setPrefSize(260, 200);
        suggestionList.setItems(picker.suggestionsProperty());
        suggestionList.setOnMouseClicked(e -> {
            String picked = suggestionList.getSelectionModel().getSelectedItem();
            if (picked != null) {
                picker.add(picked);
                field.requestFocus();
            }
        });
        picker.highlightedProperty().addListener((obs, old, i) -> {
            if (i.intValue() >= 0) {
                suggestionList.getSelectionModel().clearAndSelect(i.intValue());
                suggestionList.scrollTo(i.intValue());
            }
        });
        popup.getContent().add(suggestionList);
        popup.setAutoHide(true);
        picker.suggestionsProperty().addListener((ListChangeListener<String>) c -> updatePopup());
        rebuildChips();
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> {
                if (!field.getText().isBlank()) {
                    picker.addHighlighted();
                    e.consume();
                }
            }
            case BACK_SPACE -> {
                if (field.getText().isEmpty()) {
                    picker.removeLast();
                    e.consume();
                }
            }
            case DOWN, UP -> {
                if (!picker.suggestionsProperty().isEmpty()) {
                    picker.moveHighlight(e.getCode() == KeyCode.DOWN ? 1 : -1);
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    picker.closeSuggestions();
                    e.consume();
                }
            }
            default -> { }
        }
    }

    private void updatePopup() {
        if (picker.suggestionsProperty().isEmpty() || field.getScene() == null || !field.isFocused()) {
            popup.hide();
            return;
        }
        int i = picker.highlightedProperty().get();
        if (i >= 0) {
            suggestionList.getSelectionModel().clearAndSelect(i);
        }
        suggestionList.setPrefHeight(Math.min(8, picker.suggestionsProperty().size()) * 26 + 4);
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) {
                popup.show(field, b.getMinX(), b.getMaxY() + 2);
            }
        }
    }

    private void rebuildChips() {
        chipPane.getChildren().removeIf(n -> n != field);
        int at = 0;
        for (String name : picker.departmentsProperty()) {
            chipPane.getChildren().add(at++, chip(name));
        }
    }

    /**
     * A chip: the name and a × button that Tab/Shift+Tab reach; Space, Enter, Delete or Backspace on it (or a
     * click) removes the department and puts the focus back into the field.
     */
    private Node chip(String name) {
        Label text = new Label(name);
        Button remove = new Button("×");
        remove.getStyleClass().add("chip-remove");
        remove.setAccessibleText(Messages.get("search.department.remove", name));
        remove.setOnAction(e -> remove(name));
        remove.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                e.consume();
                remove(name);
            }
        });
        HBox chip = new HBox(4, text, remove);
        chip.getStyleClass().add("chip");
        chip.setUserData(name);
        return chip;
    }

    private void remove(String name) {
        picker.remove(name);
        field.requestFocus();
    }
}
