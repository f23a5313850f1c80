package org.renkei.app.export.summary;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one sheet row by row: a bold header row, typed cells, and at the end column widths from the longest text
 * (East Asian characters counted double), an auto-filter over header and data, and frozen header rows/columns.
 */
final class SheetWriter {
    private static final int MAX_WIDTH_CHARS = 60;
    private final Sheet sheet;
    private final SummaryStyles styles;
    private final Map<Integer, Integer> widths = new HashMap<>();
    private int columns;
    private int next;

    SheetWriter(Workbook wb, String name, SummaryStyles styles) {
        this.sheet = wb.createSheet(name);
        this.styles = styles;
    }

    void header(List<String> titles) {
        Row row = row();
        columns = titles.size();
        for (int i = 0; i < titles.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(titles.get(i));
            c.setCellStyle(styles.header);
            track(i, displayWidth(titles.get(i)) + 3);     // room for the filter button
        }
    }

    Row row() {
        return sheet.createRow(next++);
    }

    void text(Row row, int col, String value, boolean total) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(total ? styles.totalText : styles.text);
        track(col, displayWidth(value));
    }

    void count(Row row, int col, long value, boolean total) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(total ? styles.totalCount : styles.count);
        track(col, Long.toString(value).length());
    }

    /** A real date cell shown as yyyy/mm/dd; an empty cell for null. */
    void date(Row row, int col, LocalDate value) {
        Cell c = row.createCell(col);
        c.setCellStyle(styles.date);
        if (value != null) {
            c.setCellValue(value);
        }
        track(col, 10);
    }

    /** A fraction (0.75) shown as 75.0%; an empty cell for null (nothing to divide by). */
    void percent(Row row, int col, Double value, boolean total) {
        Cell c = row.createCell(col);
        c.setCellStyle(total ? styles.totalPercent : styles.percent);
        if (value != null) {
            c.setCellValue(value);
        }
        track(col, 6);
    }

    /**
     * Widths, filter and panes. {@code dataRows} rows after the header take part in the filter (a totals row below
     * them stays out of it); {@code frozenColumns} columns stay visible when scrolling right.
     */
    void finish(int dataRows, int frozenColumns) {
        for (Map.Entry<Integer, Integer> w : widths.entrySet()) {
            int chars = Math.min(MAX_WIDTH_CHARS, Math.max(6, w.getValue() + 2));
            sheet.setColumnWidth(w.getKey(), chars * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, dataRows, 0, columns - 1));
        sheet.createFreezePane(frozenColumns, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setFitToPage(true);                          // printed: landscape, as wide as one page
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private void track(int col, int chars) {
        widths.merge(col, chars, Math::max);
    }

    /** Characters as a spreadsheet column counts them: full-width (CJK, kana, full-width forms) count 2. */
    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                    || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                    || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000 ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }
}
