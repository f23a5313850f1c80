package org.renkei.app.ui.casework;

import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.renkei.app.match.Opening;
import org.renkei.app.match.Requirement;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.fields.DepartmentChips;
import org.renkei.app.ui.fields.GeocodeLabel;

/** Binds the case inputs to {@link CaseForm}; 「候補を探す」 goes to {@link CaseViewModel#find()}. */
public final class CaseFormView {
    private final CaseViewModel viewModel;
    private final CaseForm form;
    private ObjectProperty<Integer> topValue;

    @FXML private FlowPane caseChipPane;
    @FXML private TextField caseDepartmentField;
    @FXML private FlowPane keepPane;
    @FXML private Label keepHintLabel;
    @FXML private TextField caseAddressField;
    @FXML private Slider kmSlider;
    @FXML private Label kmValueLabel;
    @FXML private Spinner<Integer> topSpinner;
    @FXML private CheckBox acceptingCheck;
    @FXML private CheckBox homeVisitCheck;
    @FXML private CheckBox barrierFreeCheck;
    @FXML private FlowPane caseTagPane;
    @FXML private TextField caseTagField;
    @FXML private Label caseTagErrorLabel;
    @FXML private CheckBox subDepartmentsCheck;
    @FXML private CheckBox preferHistoryCheck;
    @FXML private CheckBox saturdayCheck;
    @FXML private CheckBox sundayCheck;
    @FXML private CheckBox eveningCheck;
    @FXML private Button findButton;
    @FXML private Label caseDepartmentErrorLabel;
    @FXML private Label caseGeocodeLabel;

    public CaseFormView(CaseViewModel viewModel) {
        this.viewModel = viewModel;
        this.form = viewModel.form();
    }

    @FXML
    private void initialize() {
        new DepartmentChips(form.departments(), caseChipPane, caseDepartmentField).bind();
        caseDepartmentErrorLabel.textProperty().bind(form.departments().errorProperty());
        form.keepTogglesProperty().addListener((ListChangeListener<KeepToggle>) c -> rebuildKeepToggles());
        caseAddressField.textProperty().bindBidirectional(form.addressProperty());
        GeocodeLabel.bind(caseGeocodeLabel, viewModel.geocodeFeedbackProperty());
        kmSlider.setMin(CaseForm.MIN_KM);
        kmSlider.setMax(CaseForm.MAX_KM);
        kmSlider.valueProperty().bindBidirectional(form.kmProperty());
        kmValueLabel.textProperty().bind(form.kmTextProperty());
        topSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(CaseForm.MIN_TOP, CaseForm.MAX_TOP,
                form.topProperty().get()));
        topValue = form.topProperty().asObject();
        topSpinner.getValueFactory().valueProperty().bindBidirectional(topValue);
        acceptingCheck.selectedProperty().bindBidirectional(form.requireProperty(Requirement.ACCEPTING));
        homeVisitCheck.selectedProperty().bindBidirectional(form.requireProperty(Requirement.HOME_VISIT));
        barrierFreeCheck.selectedProperty().bindBidirectional(form.requireProperty(Requirement.BARRIER_FREE));
        new DepartmentChips(form.tags(), caseTagPane, caseTagField).bind();
        caseTagErrorLabel.textProperty().bind(form.tags().errorProperty());
        saturdayCheck.selectedProperty().bindBidirectional(form.openProperty(Opening.SAT));
        sundayCheck.selectedProperty().bindBidirectional(form.openProperty(Opening.SUN));
        eveningCheck.selectedProperty().bindBidirectional(form.openProperty(Opening.EVENING));
        subDepartmentsCheck.selectedProperty().bindBidirectional(form.subDepartmentsProperty());
        preferHistoryCheck.selectedProperty().bindBidirectional(viewModel.preferHistoryProperty());
        findButton.disableProperty().bind(viewModel.busyProperty());
        findButton.setOnAction(e -> viewModel.find());
    }

    /** Makes 「候補を探す」 the default button (Enter) only while {@code active} (the case tab is shown). */
    void defaultButtonWhile(ObservableBooleanValue active) {
        findButton.defaultButtonProperty().bind(active);
    }

    void focus() {
        caseDepartmentField.requestFocus();
    }

    private void rebuildKeepToggles() {
        keepPane.getChildren().removeIf(n -> n != keepHintLabel);
        int at = 0;
        for (KeepToggle t : form.keepTogglesProperty()) {
            CheckBox box = new CheckBox(Messages.get("casework.keep.item", t.department()));
            box.getStyleClass().add("keep-toggle");
            box.setUserData(t.department());
            box.selectedProperty().bindBidirectional(t.keepProperty());
            keepPane.getChildren().add(at++, box);
        }
    }
}
