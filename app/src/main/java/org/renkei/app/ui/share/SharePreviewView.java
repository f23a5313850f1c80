package org.renkei.app.ui.share;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.renkei.app.knowledge.share.MergePolicy;
import org.renkei.app.ui.common.Messages;

import static org.renkei.app.ui.common.Columns.column;

/** The 「連携情報の取り込み」 dialog's content (built in code): counts, the conflict table, policy and apply buttons. */
public final class SharePreviewView {
    private SharePreviewView() {
    }

    public static Parent load(SharePreviewViewModel vm) {
        Label summary = new Label(vm.summary());
        summary.setId("shareSummaryLabel");
        summary.setWrapText(true);
        HBox policies = new HBox(8, new Label(Messages.get("share.preview.policy")));
        policies.setAlignment(Pos.CENTER_LEFT);
        for (MergePolicy p : MergePolicy.values()) {
            Button b = new Button(Messages.get(switch (p) {
                case OURS -> "share.policy.ours";
                case THEIRS -> "share.policy.theirs";
                case NEWER -> "share.policy.newer";
            }));
            b.setId("sharePolicy-" + p.code());
            b.setOnAction(e -> vm.usePolicy(p));
            policies.getChildren().add(b);
        }

        TableView<ConflictRow> table = new TableView<>(vm.conflictsProperty());
        table.setId("shareConflictTable");
        table.setEditable(true);
        table.setPlaceholder(new Label(Messages.get("share.preview.noConflicts")));
        table.getColumns().add(column("share.column.facility", ConflictRow::facility, 180));
        table.getColumns().add(column("share.column.fact", ConflictRow::fact, 110));
        table.getColumns().add(column("share.column.ours", ConflictRow::ours, 200));
        table.getColumns().add(column("share.column.theirs", ConflictRow::theirs, 200));
        table.getColumns().forEach(c -> c.setEditable(false));
        TableColumn<ConflictRow, MergePolicy.Side> side = new TableColumn<>(Messages.get("share.column.side"));
        side.setCellValueFactory(c -> c.getValue().sideProperty());
        side.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(MergePolicy.Side s) {
                return s == null ? "" : Messages.get(s == MergePolicy.Side.THEIRS ? "share.side.theirs" : "share.side.ours");
            }

            @Override
            public MergePolicy.Side fromString(String text) {
                return Messages.get("share.side.theirs").equals(text) ? MergePolicy.Side.THEIRS : MergePolicy.Side.OURS;
            }
        }, MergePolicy.Side.THEIRS, MergePolicy.Side.OURS));
        side.setPrefWidth(90);
        table.getColumns().add(side);

        Button apply = new Button(Messages.get("share.preview.apply"));
        apply.setId("shareApplyButton");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(vm.busyProperty());
        apply.setOnAction(e -> vm.apply());
        Button cancel = new Button(Messages.get("share.preview.cancel"));
        cancel.setId("shareCancelButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, busy, gap, cancel, apply);
        bottom.setAlignment(Pos.CENTER_RIGHT);

        BorderPane root = new BorderPane(table);
        root.setTop(new VBox(8, summary, policies));
        root.setBottom(bottom);
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        root.setPrefSize(840, 480);
        return root;
    }
}
