package org.renkei.app.ui.importing.mapping;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableIntegerValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.renkei.app.ui.common.Messages;

/** Binds the preview table: a row-number column, one column per column of the list, the header row marked. */
final class PreviewTable {
    private static final String HEADER_ROW = "mapping-header-row";

    private final TableView<PreviewRow> table;
    private final ListPreview preview;

    private PreviewTable(TableView<PreviewRow> table, ListPreview preview) {
        this.table = table;
        this.preview = preview;
    }

    static void bind(TableView<PreviewRow> table, ListPreview preview, ObservableIntegerValue headerRow) {
        PreviewTable t = new PreviewTable(table, preview);
        table.setItems(preview.rowsProperty());
        preview.columnTitlesProperty().addListener((ListChangeListener<String>) c -> t.rebuildColumns());
        headerRow.addListener((obs, old, v) -> table.refresh());
        table.setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean header = !empty && row != null && row.number() == headerRow.get();
                if (header && !getStyleClass().contains(HEADER_ROW)) {
                    getStyleClass().add(HEADER_ROW);
                } else if (!header) {
                    getStyleClass().remove(HEADER_ROW);
                }
            }
        });
        t.rebuildColumns();
    }

    private void rebuildColumns() {
        table.getColumns().clear();
        TableColumn<PreviewRow, String> number = new TableColumn<>(Messages.get("mapping.preview.row"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().number())));
        number.setPrefWidth(48);
        number.setSortable(false);
        table.getColumns().add(number);
        for (int i = 0; i < preview.columnTitlesProperty().size(); i++) {
            int index = i;
            TableColumn<PreviewRow, String> column = new TableColumn<>(preview.columnTitlesProperty().get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cell(index)));
            column.setPrefWidth(120);
            column.setSortable(false);
            table.getColumns().add(column);
        }
    }
}
