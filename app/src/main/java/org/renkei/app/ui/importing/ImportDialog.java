package org.renkei.app.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.renkei.app.ui.common.Messages;

import static org.renkei.app.ui.common.Columns.column;

/** The import window: progress with 中止 while running, then the per-file counts and the problems. */
public final class ImportDialog {
    private final ImportViewModel viewModel;
    private Stage stage;

    @FXML private StackPane root;
    @FXML private VBox progressPane;
    @FXML private Label currentFileLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label rowsLabel;
    @FXML private Button cancelButton;
    @FXML private VBox resultPane;
    @FXML private Label summaryLabel;
    @FXML private Label rejectionsLabel;
    @FXML private TableView<FileResultRow> filesTable;
    @FXML private TableColumn<FileResultRow, String> fileColumn;
    @FXML private TableColumn<FileResultRow, String> statusColumn;
    @FXML private TableColumn<FileResultRow, String> rowsColumn;
    @FXML private TableColumn<FileResultRow, String> addedColumn;
    @FXML private TableColumn<FileResultRow, String> updatedColumn;
    @FXML private TableColumn<FileResultRow, String> unchangedColumn;
    @FXML private TableColumn<FileResultRow, String> closedColumn;
    @FXML private Label problemsTitle;
    @FXML private TableView<ProblemRow> problemsTable;
    @FXML private TableColumn<ProblemRow, String> problemFileColumn;
    @FXML private TableColumn<ProblemRow, String> problemSheetColumn;
    @FXML private TableColumn<ProblemRow, String> problemRowColumn;
    @FXML private TableColumn<ProblemRow, String> problemColumnColumn;
    @FXML private TableColumn<ProblemRow, String> problemMessageColumn;
    @FXML private Button mapColumnsButton;
    @FXML private Button closeButton;

    public ImportDialog(ImportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        var running = viewModel.phaseProperty().isEqualTo(ImportViewModel.Phase.RUNNING);
        progressPane.visibleProperty().bind(running);
        resultPane.visibleProperty().bind(running.not());
        currentFileLabel.textProperty().bind(viewModel.currentFileProperty());
        rowsLabel.textProperty().bind(viewModel.rowsTextProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        cancelButton.disableProperty().bind(viewModel.cancelRequestedProperty());
        cancelButton.textProperty().bind(Bindings.when(viewModel.cancelRequestedProperty())
                .then(Messages.get("import.cancelling")).otherwise(Messages.get("import.cancel")));
        cancelButton.setOnAction(e -> viewModel.cancel());
        // Esc: 中止 while running, 閉じる once the result is shown (one cancel button at a time per scene).
        cancelButton.cancelButtonProperty().bind(running);
        closeButton.cancelButtonProperty().bind(running.not());
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        rejectionsLabel.textProperty().bind(viewModel.rejectionsProperty());
        rejectionsLabel.managedProperty().bind(viewModel.rejectionsProperty().isNotEmpty());
        problemsTitle.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("import.result.problems", viewModel.problemsProperty().size()),
                viewModel.problemsProperty()));
        closeButton.setOnAction(e -> viewModel.dismiss());
        mapColumnsButton.visibleProperty().bind(viewModel.mappableFileProperty().isNotNull());
        mapColumnsButton.managedProperty().bind(mapColumnsButton.visibleProperty());
        mapColumnsButton.setOnAction(e -> viewModel.mapColumns());
        bindTables();
    }

    /** Opens the window (if not open) over {@code owner}; it closes itself when the view model goes idle. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            stage.setTitle(Messages.get("import.dialog.title"));
            Scene scene = new Scene(root);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            stage.setScene(scene);
            stage.setOnCloseRequest(e -> {
                if (viewModel.phaseProperty().get() == ImportViewModel.Phase.RUNNING) {
                    viewModel.cancel();
                    e.consume();
                } else {
                    viewModel.dismiss();
                }
            });
            viewModel.phaseProperty().addListener((obs, old, phase) -> {
                if (phase == ImportViewModel.Phase.IDLE) {
                    stage.hide();
                } else if (phase == ImportViewModel.Phase.FINISHED) {
                    closeButton.requestFocus();
                }
            });
        }
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
    }

    private void bindTables() {
        column(fileColumn, FileResultRow::file);
        column(statusColumn, FileResultRow::status);
        column(rowsColumn, FileResultRow::rows);
        column(addedColumn, FileResultRow::added);
        column(updatedColumn, FileResultRow::updated);
        column(unchangedColumn, FileResultRow::unchanged);
        column(closedColumn, FileResultRow::closed);
        filesTable.setItems(viewModel.filesProperty());
        column(problemFileColumn, ProblemRow::file);
        column(problemSheetColumn, ProblemRow::sheet);
        column(problemRowColumn, ProblemRow::row);
        column(problemColumnColumn, ProblemRow::column);
        column(problemMessageColumn, ProblemRow::message);
        problemsTable.setItems(viewModel.problemsProperty());
    }
}
