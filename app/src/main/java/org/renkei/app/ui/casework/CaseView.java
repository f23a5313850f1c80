package org.renkei.app.ui.casework;

import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.renkei.app.export.map.MapScene;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.detail.FacilityDetailView;
import org.renkei.app.ui.map.MapPane;

import java.util.List;
import java.util.function.Supplier;

/**
 * Binds the case screen: the form (included), the explanation, warnings, plan cards, the map of the plan looked at
 * and, under the map, the detail pane.
 */
public final class CaseView {
    private final CaseViewModel viewModel;
    private final Supplier<MapPane> mapFactory;
    private MapPane map;

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
    @FXML private SplitPane mapColumn;
    @FXML private StackPane caseMapHolder;
    @FXML private Label mapPlaceholder;
    @FXML private Label mapTitleLabel;
    @FXML private Node detail;
    @FXML private FacilityDetailView detailController;

    /** @param mapFactory the map control, created when the first plan is to be shown */
    public CaseView(CaseViewModel viewModel, Supplier<MapPane> mapFactory) {
        this.viewModel = viewModel;
        this.mapFactory = mapFactory;
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
        detailController.showInside(mapColumn, detail, planScroll);
        // Esc closes the detail from anywhere on the screen, not only from inside the map column.
        caseSplitPane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && viewModel.detail().shownProperty().get()) {
                e.consume();
                viewModel.detail().close();
            }
        });
        bindMap();
    }

    /** The map control, once the first plan was shown (null before). */
    public MapPane map() {
        return map;
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

    private void bindMap() {
        StackPane.setMargin(mapTitleLabel, new Insets(8, 0, 0, 56));    // beside the zoom buttons
        viewModel.mapSceneProperty().addListener((obs, old, scene) -> showScene(scene));
        viewModel.mappedPlanProperty().addListener((obs, old, card) -> mapTitleLabel.setText(
                card == null ? "" : Messages.get("casework.map.title", card.number())));
        mapTitleLabel.visibleProperty().bind(mapTitleLabel.textProperty().isNotEmpty());
    }

    private void showScene(MapScene scene) {
        if (scene != null && map == null) {
            map = mapFactory.get();
            map.setId("caseMap");
            map.setAccessibleText(Messages.get("map.accessible"));
            caseMapHolder.getChildren().add(0, map);
            map.selectedProperty().addListener((obs, old, pin) -> {
                if (pin.intValue() > 0) {
                    viewModel.openPin(pin.intValue());
                }
            });
        }
        if (map != null) {
            map.setScene(scene == null ? null : scene.home(), scene == null ? List.of() : scene.pins());
            map.setVisible(scene != null);
        }
        mapPlaceholder.setVisible(scene == null);
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
