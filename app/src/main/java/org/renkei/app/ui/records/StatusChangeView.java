package org.renkei.app.ui.records;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.renkei.app.ui.common.FormKeys;
import org.renkei.app.ui.common.ViewLoader;
import org.renkei.app.ui.fields.DateFields;
import org.renkei.app.ui.fields.FieldMarks;

import java.util.List;

/** The 「状態を変更」 window's content, bound to {@link StatusChangeViewModel}. */
public final class StatusChangeView {
    private final StatusChangeViewModel viewModel;

    @FXML private Label statusTitleLabel;
    @FXML private Label statusCurrentLabel;
    @FXML private ComboBox<String> statusCombo;
    @FXML private DatePicker statusDayPicker;
    @FXML private Label statusDayError;
    @FXML private TextField forwardedToField;
    @FXML private Label forwardedToError;
    @FXML private TextField statusNoteField;
    @FXML private ProgressIndicator statusBusyIndicator;
    @FXML private Button statusCancelButton;
    @FXML private Button statusSaveButton;

    public StatusChangeView(StatusChangeViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(StatusChangeViewModel viewModel) {
        return new ViewLoader().register(StatusChangeView.class, () -> new StatusChangeView(viewModel))
                .load(StatusChangeView.class, "StatusChange.fxml");
    }

    @FXML
    private void initialize() {
        statusTitleLabel.textProperty().bind(viewModel.titleProperty());
        statusCurrentLabel.textProperty().bind(viewModel.currentProperty());
        statusCombo.getItems().setAll(StatusChangeViewModel.statusChoices());
        statusCombo.valueProperty().bindBidirectional(viewModel.statusProperty());
        DateFields.bind(statusDayPicker, viewModel.dayProperty());
        forwardedToField.textProperty().bindBidirectional(viewModel.forwardedToProperty());
        forwardedToField.disableProperty().bind(viewModel.forwardingProperty().not());
        statusNoteField.textProperty().bindBidirectional(viewModel.noteProperty());
        FieldMarks.mark(statusDayPicker, statusDayError, viewModel.dayErrorProperty());
        FieldMarks.mark(forwardedToField, forwardedToError, viewModel.forwardedToErrorProperty());
        statusBusyIndicator.visibleProperty().bind(viewModel.busyProperty());
        statusSaveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        statusSaveButton.setOnAction(e -> viewModel.save());
        statusCancelButton.setOnAction(e -> viewModel.cancel());
        FormKeys.chain(List.of(statusCombo, statusDayPicker, forwardedToField, statusNoteField));
        Platform.runLater(statusCombo::requestFocus);
    }
}
