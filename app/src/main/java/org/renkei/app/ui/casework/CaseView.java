package org.renkei.app.ui.casework;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.renkei.app.ui.detail.FacilityDetailView;

/** Binds the case screen: the form (included), the explanation, warnings, plan cards and the detail pane. */
public final class CaseView {
    private final CaseViewModel viewModel;

    @FXML private BorderPane root;
    @FXML private CaseFormView formController;
    @FXML private SplitPane caseSplitPane;
    @FXML private ProgressIndicator caseBusyIndicator;
    @FXML private Label caseMessageLabel;
    @FXML private Button createRecordButton;
    @FXML private Label explanationLabel;
    @FXML private VBox warningBox;
    @FXML private ScrollPane planScroll;
    @FXML private VBox planCards;
    @FXML private Label casePlaceholder;
    @FXML private Node detail;
    @FXML private FacilityDetailView detailController;

    public CaseView(CaseViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        caseBusyIndicator.visibleProperty().bind(viewModel.busyProperty());
        caseMessageLabel.textProperty().bind(viewModel.messageProperty());
        createRecordButton.disableProperty().bind(viewModel.canCreateRecordProperty().not());
        createRecordButton.setOnAction(e -> viewModel.createRecord());
        explanationLabel.textProperty().bind(viewModel.explanationProperty());
        explanationLabel.managedProperty().bind(explanationLabel.textProperty().isNotEmpty());
        viewModel.warningsProperty().addListener((ListChangeListener<String>) c -> rebuildWarnings());
        casePlaceholder.textProperty().bind(viewModel.placeholderProperty());
        viewModel.plansProperty().addListener((ListChangeListener<PlanCard>) c -> rebuildCards());
        rebuildWarnings();
        detailController.showInside(caseSplitPane, detail, planScroll);
    }

    /** The screen's root, for the main window's tab. */
    public BorderPane root() {
        return root;
    }

    /** 「候補を探す」 answers Enter only while {@code active}. */
    public void defaultButtonWhile(ObservableBooleanValue active) {
        formController.defaultButtonWhile(active);
    }

    /** Moves the keyboard focus to the department field. */
    public void focus() {
        formController.focus();
    }

    private void rebuildWarnings() {
        warningBox.getChildren().setAll(viewModel.warningsProperty().stream().map(w -> {
            Label l = new Label(w);
            l.setWrapText(true);
            l.getStyleClass().add("warning-text");
            return l;
        }).toList());
        boolean any = !warningBox.getChildren().isEmpty();
        warningBox.setVisible(any);
        warningBox.setManaged(any);
    }

    private void rebuildCards() {
        planCards.getChildren().clear();
        if (viewModel.plansProperty().isEmpty()) {
            planCards.getChildren().add(casePlaceholder);
        }
        for (PlanCard card : viewModel.plansProperty()) {
            planCards.getChildren().add(PlanCardView.load(viewModel, card));
        }
        planScroll.setVvalue(0);
    }
}
