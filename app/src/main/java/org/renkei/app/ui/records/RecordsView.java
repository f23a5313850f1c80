package org.renkei.app.ui.records;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.renkei.app.ui.fields.DateFields;

import java.util.List;

import static org.renkei.app.ui.common.Columns.column;

/** Binds the 紹介記録 screen's criteria and case list to {@link CaseListViewModel}; the detail is included. */
public final class RecordsView {
    private final RecordsViewModel viewModel;
    private final CaseListViewModel list;
    private boolean selecting;

    @FXML private TextField recordsPatientIdField;
    @FXML private TextField recordsKanaField;
    @FXML private DatePicker recordsFromPicker;
    @FXML private DatePicker recordsToPicker;
    @FXML private ComboBox<String> recordsStatusCombo;
    @FXML private Button recordsSearchButton;
    @FXML private ToggleButton awaitingToggle;
    @FXML private Label recordsMessageLabel;
    @FXML private Label recordsCountLabel;
    @FXML private ProgressIndicator recordsBusyIndicator;
    @FXML private TableView<CaseRow> casesTable;
    @FXML private TableColumn<CaseRow, String> createdColumn;
    @FXML private TableColumn<CaseRow, String> patientIdColumn;
    @FXML private TableColumn<CaseRow, String> patientNameColumn;
    @FXML private TableColumn<CaseRow, String> departmentsColumn;
    @FXML private TableColumn<CaseRow, String> destinationsColumn;
    @FXML private TableColumn<CaseRow, String> statusColumn;

    public RecordsView(RecordsViewModel viewModel) {
        this.viewModel = viewModel;
        this.list = viewModel.list();
    }

    @FXML
    private void initialize() {
        recordsPatientIdField.textProperty().bindBidirectional(list.patientIdProperty());
        recordsKanaField.textProperty().bindBidirectional(list.kanaProperty());
        DateFields.bind(recordsFromPicker, list.fromProperty());
        DateFields.bind(recordsToPicker, list.toProperty());
        recordsStatusCombo.getItems().setAll(CaseListViewModel.statusChoices());
        recordsStatusCombo.valueProperty().bindBidirectional(list.statusProperty());
        awaitingToggle.selectedProperty().bindBidirectional(list.awaitingOnlyProperty());
        for (var criterion : List.of(recordsPatientIdField, recordsKanaField, recordsFromPicker, recordsToPicker,
                recordsStatusCombo)) {
            criterion.disableProperty().bind(list.awaitingOnlyProperty());
            criterion.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    list.search();
                }
            });
        }
        recordsSearchButton.disableProperty().bind(list.awaitingOnlyProperty());
        recordsSearchButton.setOnAction(e -> list.search());
        recordsMessageLabel.textProperty().bind(list.messageProperty());
        recordsMessageLabel.managedProperty().bind(list.messageProperty().isNotEmpty());
        recordsCountLabel.textProperty().bind(list.countProperty());
        recordsBusyIndicator.visibleProperty().bind(list.busyProperty());
        bindTable();
    }

    /** Moves the keyboard focus to the first criterion. */
    public void focus() {
        recordsPatientIdField.requestFocus();
    }

    private void bindTable() {
        column(createdColumn, CaseRow::createdOn);
        column(patientIdColumn, CaseRow::patientId);
        column(patientNameColumn, CaseRow::name);
        column(departmentsColumn, CaseRow::departments);
        column(destinationsColumn, CaseRow::destinations);
        column(statusColumn, CaseRow::status);
        casesTable.setItems(list.rowsProperty());
        // The table's selection and the view model's follow each other (a row replaced keeps its selection).
        casesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!selecting && row != null) {
                list.selectedProperty().set(row);
            }
        });
        list.selectedProperty().addListener((obs, old, row) -> select(row));
        // New rows clear the table's selection; an equal row stays selected in the view model without an event.
        list.rowsProperty().addListener((javafx.collections.ListChangeListener<CaseRow>) c ->
                select(list.selectedProperty().get()));
        select(list.selectedProperty().get());
    }

    private void select(CaseRow row) {
        selecting = true;
        try {
            if (row == null) {
                casesTable.getSelectionModel().clearSelection();
            } else {
                casesTable.getSelectionModel().select(row);
                casesTable.scrollTo(row);
            }
        } finally {
            selecting = false;
        }
    }
}
