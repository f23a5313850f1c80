package org.renkei.app.ui.records;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.renkei.app.ui.common.FormKeys;
import org.renkei.app.ui.common.ViewLoader;

import java.util.List;

/** The 「紹介集計表を出力」 window's content, bound to {@link SummaryExportViewModel}. */
public final class SummaryExportView {
    private final SummaryExportViewModel viewModel;

    @FXML private TextField summaryFromField;
    @FXML private TextField summaryToField;
    @FXML private Label summaryPeriodError;
    @FXML private ProgressIndicator summaryBusyIndicator;
    @FXML private Button summaryCancelButton;
    @FXML private Button summaryExportButton;

    public SummaryExportView(SummaryExportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public static Parent load(SummaryExportViewModel viewModel) {
        return new ViewLoader().register(SummaryExportView.class, () -> new SummaryExportView(viewModel))
                .load(SummaryExportView.class, "SummaryExport.fxml");
    }

    @FXML
    private void initialize() {
        summaryFromField.textProperty().bindBidirectional(viewModel.fromProperty());
        summaryToField.textProperty().bindBidirectional(viewModel.toProperty());
        summaryPeriodError.textProperty().bind(viewModel.periodErrorProperty());
        summaryBusyIndicator.visibleProperty().bind(viewModel.busyProperty());
        summaryExportButton.disableProperty().bind(viewModel.canExportProperty().not());
        summaryExportButton.setOnAction(e -> viewModel.export());
        summaryCancelButton.setOnAction(e -> viewModel.cancel());
        FormKeys.chain(List.of(summaryFromField, summaryToField));
    }
}
