package org.renkei.dataimport.read.csv;

import java.util.List;

/**
 * One data record of a CSV table.
 *
 * @param number 1-based record number in the file (the header is 1), as a spreadsheet shows it
 */
public record CsvRow(long number, List<String> cells) {
    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a column index, stripped of surrounding whitespace; "" for index -1 (column absent). */
    public String get(int index) {
        return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
    }
}
