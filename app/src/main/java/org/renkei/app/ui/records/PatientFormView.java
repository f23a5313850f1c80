package org.renkei.app.ui.records;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.renkei.app.ui.fields.DateFields;
import org.renkei.app.ui.fields.FieldMarks;

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
        FieldMarks.mark(patientIdField, patientIdError, form.patientIdErrorProperty());
        FieldMarks.mark(patientNameField, patientNameError, form.nameErrorProperty());
        FieldMarks.mark(birthDatePicker, birthDateError, form.birthDateErrorProperty());
    }

    /** The fields in keyboard order. */
    List<Node> fields() {
        return List.of(patientIdField, patientNameField, patientKanaField, patientSexCombo, birthDatePicker,
                patientAddressField, patientPhoneField, patientOccupationField, doctorField, referrerDepartmentField);
    }

    void focus() {
        patientIdField.requestFocus();
    }
}
