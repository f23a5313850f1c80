package org.renkei.dataimport.read.sheet;

import java.util.List;

/**
 * One row of a sheet as the user sees it (cell text by {@code DataFormatter}, formulas by their cached result).
 *
 * @param sheet  sheet name, empty for CSV
 * @param number 1-based row number as shown in Excel (or the CSV record number)
 * @param cells  cell texts by 0-based column; missing cells are empty strings
 */
public record SheetRow(String sheet, long number, List<String> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** Cell text, "" when the column is beyond the row. */
    public String get(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    /** True when every cell is blank. */
    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** Number of non-blank cells. */
    public int filled() {
        return (int) cells.stream().filter(c -> !c.isBlank()).count();
    }

    /** Column letters for a 0-based index: 0 → A, 26 → AA. */
    public static String columnLetter(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }
}
