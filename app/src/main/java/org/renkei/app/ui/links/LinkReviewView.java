package org.renkei.app.ui.links;

import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.renkei.app.ui.common.Messages;

import static org.renkei.app.ui.common.Columns.column;

/** The 「同一施設の確認」 window: pending pairs in a table, 同一 / 別施設 for the selected one. */
public final class LinkReviewView {
    private final LinkReviewViewModel viewModel;
    private Stage stage;

    @FXML private VBox root;
    @FXML private Label linksMessageLabel;
    @FXML private TableView<LinkRow> linksTable;
    @FXML private TableColumn<LinkRow, String> firstColumn;
    @FXML private TableColumn<LinkRow, String> secondColumn;
    @FXML private TableColumn<LinkRow, String> reasonColumn;
    @FXML private TableColumn<LinkRow, String> scoreColumn;
    @FXML private Button sameButton;
    @FXML private Button differentButton;
    @FXML private Button closeButton;

    public LinkReviewView(LinkReviewViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        column(firstColumn, LinkRow::first);
        column(secondColumn, LinkRow::second);
        column(reasonColumn, LinkRow::reason);
        reasonColumn.setCellFactory(c -> wrapping());
        column(scoreColumn, LinkRow::score);
        linksTable.setItems(viewModel.rowsProperty());
        linksTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != linksTable.getSelectionModel().getSelectedItem()) {
                linksTable.getSelectionModel().select(row);
            }
        });
        linksMessageLabel.textProperty().bind(viewModel.messageProperty());
        sameButton.disableProperty().bind(viewModel.canDecideProperty().not());
        differentButton.disableProperty().bind(viewModel.canDecideProperty().not());
        sameButton.setOnAction(e -> viewModel.confirmSelected());
        differentButton.setOnAction(e -> viewModel.rejectSelected());
        closeButton.setOnAction(e -> stage.hide());
    }

    /** Opens the window over {@code owner} and reads the pending pairs. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
            stage.setTitle(Messages.get("links.dialog.title"));
            Scene scene = new Scene(root);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            stage.setScene(scene);
        }
        viewModel.load();
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        linksTable.requestFocus();
    }

    /** The reason is one long line: wrapped within the column instead of cut with 「…」. */
    private static TableCell<LinkRow, String> wrapping() {
        TableCell<LinkRow, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        return cell;
    }
}
