package org.renkei.dataimport.read.sheet;

/**
 * Where a header row is looked for in a workbook: among the first {@value #ROWS} non-blank rows of each sheet,
 * sheets in order (title rows may stand above the header). {@code FormatDetector} and {@link HeaderedRows} use
 * this one rule, so a header the detector recognised is the header the reader reads from.
 */
public final class HeaderWindow {
    /** Non-blank rows at the top of each sheet searched for the header. */
    public static final int ROWS = 30;

    private String sheet;
    private int seen;

    /** True when the row is not blank and among the first {@value #ROWS} non-blank rows of its sheet; call per row, in order. */
    public boolean contains(SheetRow row) {
        if (!row.sheet().equals(sheet)) {
            sheet = row.sheet();
            seen = 0;
        }
        if (row.blank() || seen >= ROWS) {
            return false;
        }
        seen++;
        return true;
    }
}
