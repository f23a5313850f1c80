package org.renkei.dataimport.read.sheet;

import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;

/**
 * Checks each cell's text as it is read: longer than {@link Workbooks#MAX_CELL_CHARS}, it is cut and reported;
 * longer than Excel's own limit of {@link #EXCEL_MAX_CHARS} characters, no spreadsheet program wrote it and the file is
 * rejected. Also notes that the workbook has any cell at all.
 */
final class CellGuard {
    /** The most characters Excel lets a cell hold. */
    static final int EXCEL_MAX_CHARS = 32_767;

    private final String file;
    private final ImportSink sink;
    private boolean sawCell;
    /** A sheet was skipped unread ({@link RowVisitor#wants}), so "no cell" says nothing about the workbook. */
    private boolean skippedSheet;

    CellGuard(String file, ImportSink sink) {
        this.file = file;
        this.sink = sink;
    }

    boolean sawCell() {
        return sawCell;
    }

    void skippedSheet() {
        skippedSheet = true;
    }

    /** True when the workbook had no cell in any sheet that was read and no sheet was skipped. */
    boolean empty() {
        return !sawCell && !skippedSheet;
    }

    String check(String sheet, long row, int column, String text) throws ImportRejectedException {
        sawCell = true;
        if (text.length() <= Workbooks.MAX_CELL_CHARS) {
            return text;
        }
        String letter = SheetRow.columnLetter(column);
        if (text.length() > EXCEL_MAX_CHARS) {
            throw new ImportRejectedException(new ImportProblem(file, sheet, row, letter, String.format(
                    "セルの文字数（%,d 文字）が Excel の上限 %,d 文字を超えています。Excel で作られたファイルではないか、"
                            + "壊れています。", text.length(), EXCEL_MAX_CHARS)));
        }
        if (sink != null) {
            sink.problem(new ImportProblem(file, sheet, row, letter, "セルの文字数が多すぎます（" + text.length()
                    + " 文字）。先頭の " + Workbooks.MAX_CELL_CHARS + " 文字だけ取り込みます。"));
        }
        return text.substring(0, Workbooks.MAX_CELL_CHARS);
    }

    /** A formula whose result the file does not hold (written by a program that does not calculate). */
    ImportRejectedException uncalculated(String sheet, long row, int column) {
        return new ImportRejectedException(new ImportProblem(file, sheet, row, SheetRow.columnLetter(column),
                "数式の計算結果が保存されていません（数式を計算しないプログラムで作られたファイルです）。"
                        + "Excel で開いて保存し直してから取り込んでください。"));
    }

    /** A cell showing an Excel error (#REF!, #DIV/0!, #N/A …): the list was damaged by an edit. */
    ImportRejectedException error(String sheet, long row, int column, String value) {
        return new ImportRejectedException(new ImportProblem(file, sheet, row, SheetRow.columnLetter(column),
                "セルが Excel のエラー値「" + value + "」です。数式を直してから取り込んでください。"));
    }
}
