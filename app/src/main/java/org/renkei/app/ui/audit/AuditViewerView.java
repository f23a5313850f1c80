package org.renkei.app.ui.audit;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.renkei.app.ui.common.Messages;

import static org.renkei.app.ui.common.Columns.column;

/** The 「操作記録」 window's content (built in code: two dates, a table, two buttons), bound to its view model. */
public final class AuditViewerView {
    private AuditViewerView() {
    }

    public static Parent load(AuditViewerViewModel vm) {
        DatePicker from = new DatePicker();
        from.setId("auditFromPicker");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("auditToPicker");
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button show = new Button(Messages.get("audit.viewer.show"));
        show.setId("auditShowButton");
        show.setDefaultButton(true);
        show.setOnAction(e -> vm.load());
        Button export = new Button(Messages.get("audit.viewer.export"));
        export.setId("auditExportButton");
        export.disableProperty().bind(vm.rowsProperty().emptyProperty().or(vm.busyProperty()));
        export.setOnAction(e -> vm.export());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        Label message = new Label();
        message.setId("auditMessageLabel");
        message.textProperty().bind(vm.messageProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, new Label(Messages.get("audit.viewer.period")), from, new Label("〜"), to, show, busy,
                gap, export);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditRow> table = new TableView<>(vm.rowsProperty());
        table.setId("auditTable");
        table.setPlaceholder(new Label(Messages.get("audit.viewer.empty")));
        table.getColumns().add(column("audit.column.time", AuditRow::time, 150));
        table.getColumns().add(column("audit.column.staff", AuditRow::staff, 110));
        table.getColumns().add(column("audit.column.action", AuditRow::action, 130));
        table.getColumns().add(column("audit.column.target", AuditRow::target, 200));
        table.getColumns().add(column("audit.column.detail", AuditRow::detail, 260));

        BorderPane root = new BorderPane(table, top, null, message, null);
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(message, new Insets(6, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.setPrefSize(900, 520);
        vm.load();
        return root;
    }
}
