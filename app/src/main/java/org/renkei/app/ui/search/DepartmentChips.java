package org.renkei.app.ui.search;

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
final class DepartmentChips {
    private final SearchViewModel viewModel;
    private final FlowPane chipPane;
    private final TextField field;
    private final Popup popup = new Popup();
    private final ListView<String> suggestionList = new ListView<>();

    DepartmentChips(SearchViewModel viewModel, FlowPane chipPane, TextField field) {
        this.viewModel = viewModel;
        this.chipPane = chipPane;
        this.field = field;
    }

    void bind() {
        field.textProperty().bindBidirectional(viewModel.departmentInputProperty());
        viewModel.departmentsProperty().addListener((ListChangeListener<String>) c -> rebuildChips());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        suggestionList.setId("departmentSuggestions");
        suggestionList.setFocusTraversable(false);
        suggestionList.getStyleClass().add("suggestions");
        suggestionList.setPrefSize(260, 200);
        suggestionList.setItems(viewModel.suggestionsProperty());
        suggestionList.setOnMouseClicked(e -> {
            String picked = suggestionList.getSelectionModel().getSelectedItem();
            if (picked != null) {
                viewModel.addDepartment(picked);
                field.requestFocus();
            }
        });
        viewModel.highlightedSuggestionProperty().addListener((obs, old, i) -> {
            if (i.intValue() >= 0) {
                suggestionList.getSelectionModel().clearAndSelect(i.intValue());
                suggestionList.scrollTo(i.intValue());
            }
        });
        popup.getContent().add(suggestionList);
        popup.setAutoHide(true);
        viewModel.suggestionsProperty().addListener((ListChangeListener<String>) c -> updatePopup());
        rebuildChips();
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> {
                if (!field.getText().isBlank()) {
                    viewModel.addHighlightedSuggestion();
                    e.consume();
                }
            }
            case BACK_SPACE -> {
                if (field.getText().isEmpty()) {
                    viewModel.removeLastDepartment();
                    e.consume();
                }
            }
            case DOWN, UP -> {
                if (!viewModel.suggestionsProperty().isEmpty()) {
                    viewModel.moveHighlight(e.getCode() == KeyCode.DOWN ? 1 : -1);
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    viewModel.closeSuggestions();
                    e.consume();
                }
            }
            default -> { }
        }
    }

    private void updatePopup() {
        if (viewModel.suggestionsProperty().isEmpty() || field.getScene() == null || !field.isFocused()) {
            popup.hide();
            return;
        }
        int i = viewModel.highlightedSuggestionProperty().get();
        if (i >= 0) {
            suggestionList.getSelectionModel().clearAndSelect(i);
        }
        suggestionList.setPrefHeight(Math.min(8, viewModel.suggestionsProperty().size()) * 26 + 4);
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
        for (String name : viewModel.departmentsProperty()) {
            chipPane.getChildren().add(at++, chip(name));
        }
    }

    private Node chip(String name) {
        Label text = new Label(name);
        Button remove = new Button("×");
        remove.getStyleClass().add("chip-remove");
        remove.setFocusTraversable(false);
        remove.setAccessibleText(Messages.get("search.department.remove", name));
        remove.setOnAction(e -> viewModel.removeDepartment(name));
        HBox chip = new HBox(4, text, remove);
        chip.getStyleClass().add("chip");
        chip.setUserData(name);
        return chip;
    }
}
