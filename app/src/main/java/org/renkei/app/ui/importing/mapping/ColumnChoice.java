package org.renkei.app.ui.importing.mapping;

import org.renkei.app.ui.common.Messages;
import org.renkei.dataimport.read.sheet.SheetRow;

/**
 * A column of the previewed list as offered in the field choosers: its letter and header text, or {@link #NONE}.
 *
 * @param index 0-based column, -1 for none
 */
public record ColumnChoice(int index, String header) {
    /** No column (the field is not in the list). */
    public static final ColumnChoice NONE = new ColumnChoice(-1, "");

    public ColumnChoice {
        header = header == null ? "" : header.strip();
    }

    public boolean none() {
        return index < 0;
    }

    public String letter() {
        return none() ? "" : SheetRow.columnLetter(index);
    }

    /** 「B: 医療機関名」, 「C」 for an empty header, 「（使わない）」 for none. */
    @Override
    public String toString() {
        if (none()) {
            return Messages.get("mapping.column.none");
        }
        return header.isEmpty() ? letter() : letter() + ": " + header;
    }
}
