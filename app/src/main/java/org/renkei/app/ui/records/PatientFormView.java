package org.renkei.app.ui.records;

import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.renkei.app.ui.fields.DateFields;

import java.util.List;

/** Binds the patient and referring-doctor fields of the case editor to {@link PatientForm}. */
public final class PatientFormView {
    private final PatientForm form;

    @FXML private TextField patientIdField;
    @FXML private Label patientIdError;
    @FXML private TextField patientNameField;
    @FXML private Label patientNameError;
    @FXML private TextField patientKanaField;
    @FXML private ComboBox<String> patientSexCombo;
    @FXML private DatePicker birthDatePicker;
    @FXML private Label birthDateError;
    @FXML private TextField patientAddressField;
    @FXML private TextField patientPhoneField;
    @FXML private TextField patientOccupationField;
    @FXML private TextField doctorField;
    @FXML private TextField referrerDepartmentField;

    public PatientFormView(CaseEditorViewModel viewModel) {
        this.form = viewModel.patient();
    }

    @FXML
    private void initialize() {
        patientIdField.textProperty().bindBidirectional(form.patientIdProperty());
        patientNameField.textProperty().bindBidirectional(form.nameProperty());
        patientKanaField.textProperty().bindBidirectional(form.kanaProperty());
        patientSexCombo.getItems().setAll(PatientForm.sexChoices());
        patientSexCombo.valueProperty().bindBidirectional(form.sexProperty());
        DateFields.bind(birthDatePicker, form.birthDateProperty());
        patientAddressField.textProperty().bindBidirectional(form.addressProperty());
        patientPhoneField.textProperty().bindBidirectional(form.phoneProperty());
        patientOccupationField.textProperty().bindBidirectional(form.occupationProperty());
        doctorField.textProperty().bindBidirectional(form.doctorProperty());
        referrerDepartmentField.textProperty().bindBidirectional(form.departmentProperty());
        mark(patientIdField, patientIdError, form.patientIdErrorProperty());
        mark(patientNameField, patientNameError, form.nameErrorProperty());
        mark(birthDatePicker, birthDateError, form.birthDateErrorProperty());
    }

    /** The fields in keyboard order. */
    List<Node> fields() {
        return List.of(patientIdField, patientNameField, patientKanaField, patientSexCombo, birthDatePicker,
                patientAddressField, patientPhoneField, patientOccupationField, doctorField, referrerDepartmentField);
    }

    void focus() {
        patientIdField.requestFocus();
    }

    /** The error under a field (its row collapses when empty) and a red frame around the field. */
    static void mark(Node field, Label error, ObservableStringValue problem) {
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
