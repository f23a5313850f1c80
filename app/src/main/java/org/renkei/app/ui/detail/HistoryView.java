package org.renkei.app.ui.detail;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.renkei.app.ui.common.Messages;
import org.renkei.app.ui.common.ViewLoader;

import static org.renkei.app.ui.common.Columns.column;

/** Binds 「紹介実績」 to its {@link HistoryViewModel}: the monthly bar chart and the referral table. */
public final class HistoryView {
    private final HistoryViewModel vm;

    @FXML private Label historySummaryLabel;
    @FXML private BarChart<String, Number> monthChart;
    @FXML private NumberAxis countAxis;
    @FXML private TableView<HistoryRow> historyTable;
    @FXML private TableColumn<HistoryRow, Long> caseColumn;
    @FXML private TableColumn<HistoryRow, String> sentColumn;
    @FXML private TableColumn<HistoryRow, String> departmentsColumn;
    @FXML private TableColumn<HistoryRow, String> statusColumn;
    @FXML private TableColumn<HistoryRow, String> statusDateColumn;

    HistoryView(HistoryViewModel vm) {
        this.vm = vm;
    }

    static Node load(HistoryViewModel vm) {
        return new ViewLoader().register(HistoryView.class, () -> new HistoryView(vm))
                .load(HistoryView.class, "History.fxml");
    }

    @FXML
    private void initialize() {
        historySummaryLabel.textProperty().bind(vm.summaryProperty());
        column(caseColumn, HistoryRow::caseId);
        column(sentColumn, HistoryRow::sentOn);
        column(departmentsColumn, HistoryRow::departments);
        column(statusColumn, HistoryRow::status);
        column(statusDateColumn, HistoryRow::statusDate);
        historyTable.setItems(vm.rowsProperty());
        countAxis.setForceZeroInRange(true);
        vm.monthsProperty().addListener((ListChangeListener<MonthBar>) c -> showMonths());
        showMonths();
    }

    private void showMonths() {
        XYChart.Series<String, Number> sent = new XYChart.Series<>();
        sent.setName(Messages.get("history.chart.sent"));
        XYChart.Series<String, Number> accepted = new XYChart.Series<>();
        accepted.setName(Messages.get("history.chart.accepted"));
        int max = 1;
        for (MonthBar m : vm.monthsProperty()) {
            sent.getData().add(new XYChart.Data<>(m.label(), m.sent()));
            accepted.getData().add(new XYChart.Data<>(m.label(), m.accepted()));
            max = Math.max(max, m.sent());
        }
        countAxis.setAutoRanging(false);
        countAxis.setLowerBound(0);
        countAxis.setUpperBound(max + 1);
        monthChart.getData().setAll(java.util.List.of(sent, accepted));
    }
}
