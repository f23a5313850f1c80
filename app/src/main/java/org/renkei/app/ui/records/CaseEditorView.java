package org.renkei.app.ui.records;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.renkei.app.ui.common.FormKeys;
import org.renkei.app.ui.common.ViewLoader;

import java.util.ArrayList;
import java.util.List;

/**
 * The case editor window's content: what the plan was found for, the patient (included), the letter body
 * (included), 保存 / キャンセル. Ctrl+S or Ctrl+Enter saves; Esc cancels.
 */
public final class CaseEditorView {
    private final CaseEditorViewModel viewModel;

    @FXML private BorderPane editorRoot;
    @FXML private Label editorTitleLabel;
    @FXML private Label editorNeedsLabel;
    @FXML private VBox editorPlanBox;
    @FXML private PatientFormView patientFormController;
    @FXML private LetterFormView letterFormController;
    @FXML private ProgressIndicator editorBusyIndicator;
    @FXML private Button editorCancelButton;
    @FXML private Button editorSaveButton;

    public CaseEditorView(CaseEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Loads the editor (CaseEditor.fxml and its two parts) for {@code viewModel}. */
    public static Parent load(CaseEditorViewModel viewModel) {
        return new ViewLoader()
                .register(CaseEditorView.class, () -> new CaseEditorView(viewModel))
                .register(PatientFormView.class, () -> new PatientFormView(viewModel))
                .register(LetterFormView.class, () -> new LetterFormView(viewModel))
                .load(CaseEditorView.class, "CaseEditor.fxml");
    }

    @FXML
    private void initialize() {
        editorTitleLabel.textProperty().bind(viewModel.titleProperty());
        editorNeedsLabel.textProperty().bind(viewModel.needsProperty());
        viewModel.planLinesProperty().addListener((ListChangeListener<String>) c -> rebuildPlan());
        rebuildPlan();
        editorBusyIndicator.visibleProperty().bind(viewModel.busyProperty());
        editorSaveButton.disableProperty().bind(viewModel.canSaveProperty().not());
        editorSaveButton.setOnAction(e -> viewModel.save());
        editorCancelButton.setOnAction(e -> viewModel.cancel());
        List<Node> order = new ArrayList<>(patientFormController.fields());
        order.addAll(letterFormController.fields());
        order.add(editorSaveButton);
        FormKeys.chain(order);
        editorRoot.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.S || e.getCode() == KeyCode.ENTER)) {
                e.consume();
                viewModel.save();
            }
        });
        Platform.runLater(patientFormController::focus);
    }

    private void rebuildPlan() {
        editorPlanBox.getChildren().setAll(viewModel.planLinesProperty().stream().map(line -> {
            Label l = new Label(line);
            l.getStyleClass().add("editor-plan-line");
            return l;
        }).toList());
    }
}
