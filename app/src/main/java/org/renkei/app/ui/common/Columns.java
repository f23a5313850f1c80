package org.renkei.app.ui.common;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Table columns whose cells show one value of the row. */
public final class Columns {
    private Columns() {
    }

    /** A new column titled with the message {@code key}, {@code width} wide, showing {@code value} of each row. */
    public static <R, T> TableColumn<R, T> column(String key, Function<R, T> value, double width) {
        TableColumn<R, T> c = new TableColumn<>(Messages.get(key));
        column(c, value);
        c.setPrefWidth(width);
        return c;
    }

    /** Fills {@code column} with {@code value} of each row (read-only). */
    public static <R, T> void column(TableColumn<R, T> column, Function<R, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
