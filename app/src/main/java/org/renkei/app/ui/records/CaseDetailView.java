package org.renkei.app.ui.records;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.renkei.app.export.map.MapScene;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.detail.DetailField;
import org.renkei.app.ui.detail.FacilityDetailView;
import org.renkei.app.ui.map.MapPane;

import java.util.List;
import java.util.function.Supplier;

import static org.renkei.app.ui.common.Columns.column;

/** Binds the selected case (summary, destinations, map, history, actions) to {@link CaseDetailViewModel}. */
public final class CaseDetailView {
    private final CaseDetailViewModel viewModel;
    private final Supplier<MapPane> mapFactory;
    private MapPane map;
    private boolean selecting;

    @FXML private Label recordPlaceholder;
    @FXML private VBox recordPane;
    @FXML private Label recordTitleLabel;
    @FXML private Button editCaseButton;
    @FXML private GridPane recordFieldsGrid;
    @FXML private TableView<DestinationRow> destinationsTable;
    @FXML private TableColumn<DestinationRow, String> orderColumn;
    @FXML private TableColumn<DestinationRow, String> facilityColumn;
    @FXML private TableColumn<DestinationRow, String> coversColumn;
    @FXML private TableColumn<DestinationRow, String> distanceColumn;
    @FXML private TableColumn<DestinationRow, String> destinationStatusColumn;
    @FXML private TableColumn<DestinationRow, String> statusDateColumn;
    @FXML private TableColumn<DestinationRow, String> noteColumn;
    @FXML private Button changeStatusButton;
    @FXML private Button exportLettersButton;
    @FXML private Button exportHandoutButton;
    @FXML private Button exportDestinationsButton;
    @FXML private StackPane recordMapHolder;
    @FXML private ProgressIndicator exportBusyIndicator;
    @FXML private Label lettersMessageLabel;
    @FXML private ListView<String> historyList;

    /** @param mapFactory the map of the case's destinations, created when the first located case is shown */
    public CaseDetailView(CaseDetailViewModel viewModel, Supplier<MapPane> mapFactory) {
        this.viewModel = viewModel;
        this.mapFactory = mapFactory;
    }

    @FXML
    private void initialize() {
        var none = viewModel.shownProperty().isNull();
        recordPlaceholder.visibleProperty().bind(none);
        recordPane.visibleProperty().bind(none.not());
        recordTitleLabel.textProperty().bind(viewModel.titleProperty());
        viewModel.fieldsProperty().addListener((ListChangeListener<DetailField>) c -> rebuildFields());
        editCaseButton.setOnAction(e -> viewModel.edit());
        changeStatusButton.disableProperty().bind(viewModel.selectedDestinationProperty().isNull());
        changeStatusButton.setOnAction(e -> viewModel.changeStatus());
        exportLettersButton.disableProperty().bind(viewModel.canExportProperty().not());
        exportLettersButton.setOnAction(e -> viewModel.exportLetters());
        exportHandoutButton.disableProperty().bind(viewModel.canExportProperty().not());
        exportHandoutButton.setOnAction(e -> viewModel.exportHandout());
        exportDestinationsButton.disableProperty().bind(viewModel.canExportProperty().not());
        exportDestinationsButton.setOnAction(e -> viewModel.exportDestinations());
        exportBusyIndicator.visibleProperty().bind(viewModel.exportingProperty());
        exportBusyIndicator.managedProperty().bind(exportBusyIndicator.visibleProperty());
        lettersMessageLabel.textProperty().bind(viewModel.messageProperty());
        lettersMessageLabel.managedProperty().bind(viewModel.messageProperty().isNotEmpty());
        historyList.setItems(viewModel.historyProperty());
        bindDestinations();
        viewModel.mapSceneProperty().addListener((obs, old, scene) -> showScene(scene));
        showScene(viewModel.mapSceneProperty().get());
    }

    private void showScene(MapScene scene) {
        if (scene != null && map == null) {
            map = mapFactory.get();
            map.setId("recordMap");
            map.setPrefSize(370, 200);
            map.setAccessibleText(Messages.get("map.accessible"));
            recordMapHolder.getChildren().add(map);
            map.selectedProperty().addListener((obs, old, pin) -> viewModel.selectPin(pin.intValue()));
        }
        if (map != null) {
            map.setScene(scene == null ? null : scene.home(), scene == null ? List.of() : scene.pins());
        }
        recordMapHolder.setVisible(scene != null);
        recordMapHolder.setManaged(scene != null);
    }

    private void bindDestinations() {
        column(orderColumn, DestinationRow::order);
        column(facilityColumn, DestinationRow::name);
        column(coversColumn, DestinationRow::covers);
        column(distanceColumn, DestinationRow::distance);
        column(destinationStatusColumn, DestinationRow::status);
        column(statusDateColumn, DestinationRow::statusDate);
        column(noteColumn, DestinationRow::note);
        destinationsTable.setItems(viewModel.destinationsProperty());
        destinationsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!selecting && row != null) {
                viewModel.selectedDestinationProperty().set(row);
            }
        });
        viewModel.selectedDestinationProperty().addListener((obs, old, row) -> {
            selecting = true;
            try {
                if (row == null) {
                    destinationsTable.getSelectionModel().clearSelection();
                } else {
                    destinationsTable.getSelectionModel().select(row);
                }
            } finally {
                selecting = false;
            }
        });
    }

    private void rebuildFields() {
        FacilityDetailView.showFields(recordFieldsGrid, viewModel.fieldsProperty());
    }
}
