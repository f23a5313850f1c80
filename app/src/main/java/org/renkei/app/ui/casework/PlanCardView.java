package org.renkei.app.ui.casework;

import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.ViewLoader;

/** One plan card: header (案N, count, total distance, choose) and its clinics. */
public final class PlanCardView {
    private final CaseViewModel viewModel;
    private final PlanCard plan;
    private BooleanBinding chosen;

    @FXML private VBox card;
    @FXML private Label planTitleLabel;
    @FXML private Label planCountLabel;
    @FXML private Label planTotalLabel;
    @FXML private Label planChosenLabel;
    @FXML private Button planChooseButton;
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
        for (ClinicRow row : plan.clinics()) {
            clinicsBox.getChildren().add(clinic(row));
        }
    }

    private void markChosen(boolean is) {
        card.getStyleClass().remove("chosen");
        if (is) {
            card.getStyleClass().add("chosen");
        }
    }

    private Node clinic(ClinicRow row) {
        Hyperlink name = new Hyperlink(row.name());
        name.getStyleClass().add("clinic-name");
        name.setAccessibleText(Messages.get("casework.clinic.open", row.name()));
        name.setDisable(row.facilityId() < 0);
        name.setOnAction(e -> viewModel.openFacility(row));
        HBox line = new HBox(12, name, styled(row.departments(), "clinic-departments"),
                styled(row.distance(), "clinic-distance"), styled(row.phone(), "clinic-phone"));
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
