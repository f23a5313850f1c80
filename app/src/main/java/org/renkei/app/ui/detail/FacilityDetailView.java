package org.renkei.app.ui.detail;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import org.renkei.dataimport.model.ServiceDay;

import java.util.List;

/** Binds the facility detail pane to its {@link FacilityDetailViewModel}. */
public final class FacilityDetailView {
    private final FacilityDetailViewModel viewModel;

    @FXML private Label titleLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Button closeButton;
    @FXML private Label messageLabel;
    @FXML private GridPane fieldsGrid;
    @FXML private TableView<HoursRow> hoursTable;
    @FXML private TableColumn<HoursRow, String> departmentColumn;
    @FXML private Label hoursNoteLabel;
    @FXML private HBox profileBox;
    @FXML private Button profileButton;
    @FXML private Label profileMessage;
    @FXML private TabPane detailTabs;
    @FXML private Tab knowledgeTab;
    @FXML private Tab historyTab;

    public FacilityDetailView(FacilityDetailViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        loadingIndicator.visibleProperty().bind(viewModel.loadingProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        hoursNoteLabel.textProperty().bind(viewModel.hoursNoteProperty());
        closeButton.setOnAction(e -> viewModel.close());
        departmentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().department()));
        for (ServiceDay day : ServiceDay.values()) {
            TableColumn<HoursRow, String> col = new TableColumn<>(day.label());
            col.setSortable(false);
            col.setPrefWidth(92);
            col.getStyleClass().add("hours");
            col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().hours(day)));
            col.setCellFactory(c -> wrappingCell(col));
            hoursTable.getColumns().add(col);
        }
        hoursTable.setItems(viewModel.departmentsProperty());
        viewModel.fieldsProperty().addListener((ListChangeListener<DetailField>) c -> rebuildFields());
        bindKnowledge();
    }

    /** 「連携情報」 and 「紹介実績」 tabs and the profile sheet button, when there is a knowledge store. */
    private void bindKnowledge() {
        ProfileExport profile = viewModel.profile();
        boolean available = profile.available();
        profileBox.setVisible(available);
        profileBox.setManaged(available);
        profileButton.setOnAction(e -> profile.export());
        profileButton.disableProperty().bind(profile.busyProperty());
        profileMessage.textProperty().bind(profile.messageProperty());
        if (viewModel.hasKnowledge()) {
            knowledgeTab.setContent(scrolling(KnowledgeEditorView.load(viewModel.knowledge())));
            historyTab.setContent(scrolling(HistoryView.load(viewModel.history())));
        } else {
            detailTabs.getTabs().removeAll(knowledgeTab, historyTab);
        }
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        return pane;
    }

    /** Shows the 「連携情報」 tab (the documentation screenshot). */
    public void showKnowledge() {
        if (detailTabs.getTabs().contains(knowledgeTab)) {
            detailTabs.getSelectionModel().select(knowledgeTab);
        }
    }

    /** True while the pane should be visible; the search screen adds or removes it. */
    public ReadOnlyBooleanProperty shownProperty() {
        return viewModel.shownProperty();
    }

    /**
     * Puts the pane ({@code node}, this view's root) into {@code split} while it is shown and takes it out when
     * closed, giving the focus back to {@code focusOnClose}. Esc anywhere in {@code split} closes the pane.
     */
    public void showInside(SplitPane split, Node node, Node focusOnClose) {
        split.getItems().remove(node);
        // A filter: the results table would otherwise take Esc for itself.
        split.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && viewModel.shownProperty().get()) {
                e.consume();
                viewModel.close();
            }
        });
        shownProperty().addListener((obs, was, shown) -> {
            if (shown && !split.getItems().contains(node)) {
                split.getItems().add(node);
                split.setDividerPositions(0.58);
            } else if (!shown) {
                split.getItems().remove(node);
                focusOnClose.requestFocus();
            }
        });
    }

    /** Two time slots do not fit one narrow column: one slot per line. */
    private static TableCell<HoursRow, String> wrappingCell(TableColumn<HoursRow, String> column) {
        TableCell<HoursRow, String> cell = new TableCell<>();
        Text text = new Text();
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(10));
        text.textProperty().bind(Bindings.createStringBinding(
                () -> cell.getItem() == null ? "" : cell.getItem().replace(" / ", "\n"), cell.itemProperty()));
        cell.setGraphic(text);
        cell.setPrefHeight(Control.USE_COMPUTED_SIZE);
        return cell;
    }

    private void rebuildFields() {
        showFields(fieldsGrid, viewModel.fieldsProperty());
    }

    /** Fills {@code grid} with one row per field: the label, then the wrapped value (also the 紹介記録 detail). */
    public static void showFields(GridPane grid, List<DetailField> fields) {
        grid.getChildren().clear();
        int row = 0;
        for (DetailField f : fields) {
            Label label = new Label(f.label());
            label.getStyleClass().add("field-label");
            Label value = new Label(f.value());
            value.setWrapText(true);
            value.getStyleClass().add("field-value");
            grid.addRow(row++, label, value);
        }
    }
}
