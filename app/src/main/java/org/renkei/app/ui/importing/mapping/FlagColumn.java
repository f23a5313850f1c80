package org.renkei.app.ui.importing.mapping;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A column offered as a department column (one mark per facility); checked when it is one. */
public final class FlagColumn {
    private final ColumnChoice column;
    private final BooleanProperty selected;

    FlagColumn(ColumnChoice column, boolean selected) {
        this.column = column;
        this.selected = new SimpleBooleanProperty(selected);
    }

    public ColumnChoice column() {
        return column;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    @Override
    public String toString() {
        return column.toString();
    }
}
