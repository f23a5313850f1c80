package org.renkei.dataimport.read.sheet;

import org.renkei.dataimport.read.ImportLimits;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;
import org.renkei.dataimport.read.ImportSink;
import org.renkei.dataimport.read.LimitTally;

import java.util.List;
import java.util.Locale;

/**
 * Checks each cell's text as it is read: longer than {@link Workbooks#MAX_CELL_CHARS}, it is cut and reported;
 * longer than {@link ImportLimits#maxCellChars} (by default Excel's own limit of 32,767 characters), no spreadsheet
 * program wrote it and the file is rejected. Counts rows, columns and cells against the {@link ImportLimits}. Also
 * notes that the workbook has any cell at all.
 */
final class CellGuard {
    /** The most characters Excel lets a cell hold. */
    static final int EXCEL_MAX_CHARS = 32_767;

    private final String file;
    private final ImportSink sink;
    private final LimitTally tally;
    private final int maxChars;
    private boolean sawCell;
    /** A sheet was skipped unread ({@link RowVisitor#wants}), so "no cell" says nothing about the workbook. */
    private boolean skippedSheet;

    CellGuard(String file, ImportSink sink, ImportLimits limits) {
        this.file = file;
        this.sink = sink;
        this.tally = limits.tally(file);
        this.maxChars = limits.maxCellChars();
    }

    /** A row was read: counts it (when it holds a value) and its cells against the limits. */
    void row(String sheet, long row, List<String> cells) throws ImportRejectedException {
        long filled = cells.stream().filter(c -> !c.isEmpty()).count();
        if (filled > 0) {
            tally.row(sheet, row, filled);
        }
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
        tally.column(sheet, row, column);
        int keep = Math.min(Workbooks.MAX_CELL_CHARS, maxChars);
        if (text.length() <= keep) {
            return text;
        }
        String letter = SheetRow.columnLetter(column);
        if (text.length() > maxChars) {
            throw tooLong(sheet, row, column, text.length());
        }
        if (sink != null) {
            sink.problem(new ImportProblem(file, sheet, row, letter, "セルの文字数が多すぎます（" + text.length()
                    + " 文字）。先頭の " + keep + " 文字だけ取り込みます。"));
        }
        return text.substring(0, keep);
    }

    int maxChars() {
        return maxChars;
    }

    /** A cell longer than the limit (at least {@code length} characters, where reading stopped). */
    ImportRejectedException tooLong(String sheet, long row, int column, long length) {
        return new ImportRejectedException(new ImportProblem(file, sheet, row, SheetRow.columnLetter(column),
                String.format(Locale.ROOT, "セルの文字数が上限の %,d 文字を超えています（%,d 文字以上。Excel のセルは %,d 文字まで）。"
                        + "Excel で作られたファイルではないか、壊れています。", maxChars, length, EXCEL_MAX_CHARS)));
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
