package org.renkei.app.ui.importing.mapping;

import java.util.List;

/** One row of the preview table: its number as Excel shows it and its cells. */
public record PreviewRow(long number, List<String> cells) {
    public PreviewRow {
        cells = List.copyOf(cells);
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
