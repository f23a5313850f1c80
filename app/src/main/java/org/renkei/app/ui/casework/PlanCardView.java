package org.renkei.app.ui.casework;

import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.ViewLoader;

/**
 * One plan card: header (案N, count, total distance, export, choose) and its clinics with their pin numbers. A card
 * that is clicked or gets the keyboard focus goes on the map.
 */
public final class PlanCardView {
    private final CaseViewModel viewModel;
    private final PlanCard plan;
    private BooleanBinding chosen;
    private BooleanBinding mapped;

    @FXML private VBox card;
    @FXML private Label planTitleLabel;
    @FXML private Label planCountLabel;
    @FXML private Label planTotalLabel;
    @FXML private Label planChosenLabel;
    @FXML private Button planChooseButton;
    @FXML private Button planExportButton;
    @FXML private VBox clinicsBox;

    PlanCardView(CaseViewModel viewModel, PlanCard plan) {
        this.viewModel = viewModel;
        this.plan = plan;
    }

    /** Loads PlanCard.fxml for {@code plan}; returns the card node. */
    static Node load(CaseViewModel viewModel, PlanCard plan) {
        return new ViewLoader().register(PlanCardView.class, () -> new PlanCardView(viewModel, plan))
                .load(PlanCardView.class, "PlanCard.fxml");
    }

    @FXML
    private void initialize() {
        card.setUserData(plan);
        planTitleLabel.setText(plan.title());
        planCountLabel.setText(plan.count());
        planTotalLabel.setText(plan.totalKm());
        chosen = viewModel.chosenPlanProperty().isEqualTo(plan);
        planChosenLabel.visibleProperty().bind(chosen);
        planChosenLabel.managedProperty().bind(chosen);
        planChooseButton.visibleProperty().bind(chosen.not());
        planChooseButton.managedProperty().bind(chosen.not());
        planChooseButton.setOnAction(e -> viewModel.choose(plan));
        chosen.addListener((obs, was, is) -> markChosen(is));
        markChosen(chosen.get());
        mapped = viewModel.mappedPlanProperty().isEqualTo(plan);
        mapped.addListener((obs, was, is) -> mark("mapped", is));
        mark("mapped", mapped.get());
        card.focusWithinProperty().addListener((obs, was, is) -> {
            if (is) {
                viewModel.showOnMap(plan);
            }
        });
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> viewModel.showOnMap(plan));
        planExportButton.setTooltip(new Tooltip(Messages.get("casework.export.tooltip")));
        planExportButton.setAccessibleText(Messages.get("casework.export.tooltip"));
        planExportButton.disableProperty().bind(viewModel.exportingProperty());
        planExportButton.setOnAction(e -> viewModel.exportPlan(plan));
        for (int i = 0; i < plan.clinics().size(); i++) {
            clinicsBox.getChildren().add(clinic(i + 1, plan.clinics().get(i)));
        }
    }

    private void markChosen(boolean is) {
        mark("chosen", is);
    }

    private void mark(String styleClass, boolean is) {
        card.getStyleClass().remove(styleClass);
        if (is) {
            card.getStyleClass().add(styleClass);
        }
    }

    private Node clinic(int number, ClinicRow row) {
        Hyperlink name = new Hyperlink(row.name());
        name.getStyleClass().add("clinic-name");
        name.setAccessibleText(Messages.get("casework.clinic.open", row.name()));
        name.setDisable(row.facilityId() < 0);
        name.setOnAction(e -> viewModel.openFacility(row));
        Label pin = new Label(String.valueOf(number));
        pin.getStyleClass().add("pin-number");
        HBox line = new HBox(12, pin, name, styled(row.departments(), "clinic-departments"),
                styled(row.distance(), "clinic-distance"), styled(row.phone(), "clinic-phone"));
        if (row.stale()) {
            Label stale = styled(Messages.get("knowledge.stale.mark"), "stale-mark");
            stale.setTooltip(new Tooltip(Messages.get("knowledge.stale.tooltip")));
            line.getChildren().add(2, stale);
        }
        if (!row.reasons().isEmpty()) {
            line.getChildren().add(styled(row.reasons(), "clinic-reasons"));
        }
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(2, line);
        for (String hours : row.hours()) {
            box.getChildren().add(styled(hours, "clinic-hours"));
        }
        box.getStyleClass().add("clinic");
        box.setUserData(row);
        return box;
    }

    private static Label styled(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }
}
