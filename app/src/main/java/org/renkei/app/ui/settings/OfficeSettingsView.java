package org.renkei.app.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import org.renkei.app.ui.common.FormKeys;
import org.renkei.app.ui.common.ViewLoader;
import org.renkei.app.ui.fields.FieldMarks;

import java.util.List;

/** The 「自院の情報」 window's content, bound to {@link OfficeSettingsViewModel}. */
public final class OfficeSettingsView {
    private final OfficeSettingsViewModel viewModel;

    @FXML private TextField hospitalNameField;
    @FXML private TextField postalCodeField;
    @FXML private TextField officeAddressField;
    @FXML private TextField officePhoneField;
    @FXML private TextField officeFaxField;
    @FXML private TextField logoField;
    @FXML private Button logoButton;
    @FXML private RadioButton eraRadio;
    @FXML private RadioButton westernRadio;
    @FXML private TextField waitDaysField;
    @FXML private Label waitDaysError;
    @FXML private ProgressIndicator settingsBusyIndicator;
    @FXML private Button settingsCancelButton;
    @FXML private Button settingsSaveButton;

    public OfficeSettingsView(OfficeSettingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(OfficeSettingsViewModel viewModel) {
        return new ViewLoader().register(OfficeSettingsView.class, () -> new OfficeSettingsView(viewModel))
                .load(OfficeSettingsView.class, "OfficeSettings.fxml");
    }

    @FXML
    private void initialize() {
        hospitalNameField.textProperty().bindBidirectional(viewModel.hospitalNameProperty());
        postalCodeField.textProperty().bindBidirectional(viewModel.postalCodeProperty());
        officeAddressField.textProperty().bindBidirectional(viewModel.addressProperty());
        officePhoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        officeFaxField.textProperty().bindBidirectional(viewModel.faxProperty());
        logoField.textProperty().bindBidirectional(viewModel.logoPathProperty());
        logoButton.setOnAction(e -> viewModel.chooseLogo());
        eraRadio.selectedProperty().bindBidirectional(viewModel.eraDatesProperty());
        westernRadio.setSelected(!viewModel.eraDatesProperty().get());
        viewModel.eraDatesProperty().addListener((obs, was, era) -> westernRadio.setSelected(!era));
        waitDaysField.textProperty().bindBidirectional(viewModel.waitDaysProperty());
        FieldMarks.mark(waitDaysField, waitDaysError, viewModel.waitDaysErrorProperty());
        settingsBusyIndicator.visibleProperty().bind(viewModel.busyProperty());
        settingsSaveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        settingsSaveButton.setOnAction(e -> viewModel.save());
        settingsCancelButton.setOnAction(e -> viewModel.cancel());
        FormKeys.chain(List.of(hospitalNameField, postalCodeField, officeAddressField, officePhoneField, officeFaxField,
                logoField, waitDaysField));
    }
}
