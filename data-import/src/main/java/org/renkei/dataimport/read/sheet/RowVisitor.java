package org.renkei.dataimport.read.sheet;

import org.renkei.dataimport.read.ImportRejectedException;

/** Receives the rows of a workbook, sheet by sheet, in file order. */
public interface RowVisitor {
    /**
     * Whether to read the sheet at all (asked before {@link #sheetStart}, for every sheet in order); a sheet not
     * wanted is skipped without parsing its rows.
     */
    default boolean wants(String sheet) {
        return true;
    }

    /** A new sheet starts (also called for empty sheets). */
    default void sheetStart(String sheet) throws ImportRejectedException {
    }

    /**
     * One row that has at least one cell (blank rows may be skipped by the workbook reader).
     *
     * @return false to stop reading the whole workbook
     */
    boolean row(SheetRow row) throws ImportRejectedException;

    /** The sheet ended (not called when reading was stopped). */
    default void sheetEnd(String sheet) throws ImportRejectedException {
    }
}
