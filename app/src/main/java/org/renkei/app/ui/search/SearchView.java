package org.renkei.app.ui.search;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.renkei.app.ui.detail.FacilityDetailView;
import org.renkei.app.ui.fields.DepartmentChips;
import org.renkei.app.ui.fields.GeocodeLabel;

import static org.renkei.app.ui.common.Columns.column;

/** Binds the search screen to its {@link SearchViewModel}; forwards keys and clicks, nothing else. */
public final class SearchView {
    private final SearchViewModel viewModel;

    @FXML private FlowPane chipPane;
    @FXML private TextField departmentField;
    @FXML private Label departmentErrorLabel;
    @FXML private TextField nameField;
    @FXML private TextField addressField;
    @FXML private ComboBox<String> kmCombo;
    @FXML private Button searchButton;
    @FXML private Label geocodeLabel;
    @FXML private Label kmErrorLabel;
    @FXML private SplitPane splitPane;
    @FXML private Label countLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label messageLabel;
    @FXML private Button exportResultsButton;
    @FXML private TableView<ResultRow> resultsTable;
    @FXML private Label resultsPlaceholder;
    @FXML private TableColumn<ResultRow, String> nameColumn;
    @FXML private TableColumn<ResultRow, String> departmentsColumn;
    @FXML private TableColumn<ResultRow, ResultRow.Distance> distanceColumn;
    @FXML private TableColumn<ResultRow, String> addressColumn;
    @FXML private TableColumn<ResultRow, String> phoneColumn;
    @FXML private TableColumn<ResultRow, String> registeredColumn;
    @FXML private TableColumn<ResultRow, String> staleColumn;
    @FXML private HBox tagFilterPane;
    @FXML private ComboBox<String> tagFilterCombo;
    @FXML private CheckBox staleOnlyCheck;
    @FXML private Node detail;
    @FXML private FacilityDetailView detailController;

    public SearchView(SearchViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        new DepartmentChips(viewModel.departmentPicker(), chipPane, departmentField).bind();
        departmentErrorLabel.textProperty().bind(viewModel.departmentPicker().errorProperty());
        nameField.textProperty().bindBidirectional(viewModel.nameTextProperty());
        addressField.textProperty().bindBidirectional(viewModel.addressProperty());
        kmCombo.getItems().setAll(viewModel.kmChoices());
        kmCombo.setValue(viewModel.kmTextProperty().get());
        kmCombo.getEditor().textProperty().bindBidirectional(viewModel.kmTextProperty());
        kmCombo.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                viewModel.search();
            }
        });
        kmErrorLabel.textProperty().bind(viewModel.kmErrorProperty());
        searchButton.disableProperty().bind(viewModel.searchDisabledProperty());
        searchButton.setOnAction(e -> viewModel.search());
        new TagFilterChips(viewModel.filters(), tagFilterPane, tagFilterCombo).bind();
        staleOnlyCheck.selectedProperty().bindBidirectional(viewModel.filters().staleOnlyProperty());
        bindFeedback();
        bindResults();
        bindDetail();
    }

    /** Moves the keyboard focus to the first search field (Ctrl+F). */
    public void focusSearch() {
        departmentField.requestFocus();
    }

    private void bindFeedback() {
        GeocodeLabel.bind(geocodeLabel, viewModel.geocodeFeedbackProperty());
        countLabel.textProperty().bind(viewModel.countTextProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        exportResultsButton.disableProperty().bind(viewModel.canExportProperty().not());
        exportResultsButton.setOnAction(e -> viewModel.exportResults());
    }

    private void bindResults() {
        column(nameColumn, ResultRow::name);
        column(departmentsColumn, ResultRow::departments);
        column(distanceColumn, ResultRow::distance);
        column(addressColumn, ResultRow::address);
        column(phoneColumn, ResultRow::phone);
        column(registeredColumn, ResultRow::registered);
        column(staleColumn, ResultRow::stale);
        resultsTable.setItems(viewModel.resultsProperty());
        resultsPlaceholder.textProperty().bind(viewModel.placeholderProperty());
        resultsTable.setRowFactory(t -> {
            TableRow<ResultRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        resultsTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && resultsTable.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                viewModel.open(resultsTable.getSelectionModel().getSelectedItem());
            }
        });
        viewModel.resultsProperty().addListener((obs, old, rows) -> {
            if (!resultsTable.getItems().isEmpty()) {
                resultsTable.getSelectionModel().clearAndSelect(0);
            }
        });
    }

    private void bindDetail() {
        detailController.showInside(splitPane, detail, resultsTable);
    }

    /** Shows the detail pane's 「連携情報」 tab (the documentation screenshot). */
    public void showKnowledgeTab() {
        detailController.showKnowledge();
    }

    /** Makes 「検索」 the default button (Enter) only while {@code active} (the search tab is shown). */
    public void defaultButtonWhile(javafx.beans.value.ObservableBooleanValue active) {
        searchButton.defaultButtonProperty().bind(active);
    }
}
