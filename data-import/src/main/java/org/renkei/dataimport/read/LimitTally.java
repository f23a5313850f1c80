package org.renkei.dataimport.read;

import java.util.Locale;

/**
 * Counts the rows and cells of one file as a reader goes, and rejects the file at the first row, column or cell past
 * its {@link ImportLimits}, naming the file, sheet, row and column (as the letter a spreadsheet shows). Not
 * thread-safe; one per file read.
 */
public final class LimitTally {
    private final ImportLimits limits;
    private final String file;
    private long rows;
    private long cells;

    LimitTally(ImportLimits limits, String file) {
        this.limits = limits;
        this.file = file;
    }

    /** A non-blank row of {@code filled} non-empty cells was read. */
    public void row(String sheet, long row, long filled) throws ImportRejectedException {
        rows++;
        if (rows > limits.maxRows()) {
            throw reject(sheet, row, "", String.format(Locale.ROOT, "行数が上限の %,d 行を超えています。"
                    + "ファイルを分けて取り込んでください。", limits.maxRows()));
        }
        cells += filled;
        if (cells > limits.maxCells()) {
            throw reject(sheet, row, "", String.format(Locale.ROOT, "セルの数が上限の %,d 個を超えています。"
                    + "ファイルを分けて取り込んでください。", limits.maxCells()));
        }
    }

    /** A value at 0-based {@code column}; rejects a column past {@link ImportLimits#maxColumns}. */
    public void column(String sheet, long row, int column) throws ImportRejectedException {
        if (column >= limits.maxColumns()) {
            throw columns(file, sheet, row, column, limits.maxColumns());
        }
    }

    /** Rejects text longer than {@link ImportLimits#maxCellChars}; returns it otherwise. */
    public String text(String sheet, long row, String column, String text) throws ImportRejectedException {
        if (text != null && text.length() > limits.maxCellChars()) {
            throw reject(sheet, row, column, cellTooLong(text.length(), limits.maxCellChars()));
        }
        return text;
    }

    /** The rejection of a row with more than {@code max} columns, at the first column past it. */
    private static ImportRejectedException columns(String file, String sheet, long row, int column, int max) {
        return new ImportRejectedException(new ImportProblem(file, sheet, row, letter(column),
                tooManyColumns(max, column)));
    }

    /** The message for a row with more than {@code max} columns, at 0-based {@code column} (also the CSV parser's). */
    public static String tooManyColumns(int max, int column) {
        return String.format(Locale.ROOT, "列の数が上限の %,d 列を超えています（%,d 列目）。ファイルが壊れているか、"
                + "施設の一覧ではありません。", max, column + 1L);
    }

    /** The message for a cell longer than {@code max} characters. */
    private static String cellTooLong(long length, int max) {
        return String.format(Locale.ROOT, "セルの文字数（%,d 文字）が上限の %,d 文字を超えています。"
                + "ファイルが壊れているか、引用符「\"」が閉じられていません。", length, max);
    }

    /** The column letters a spreadsheet shows for 0-based {@code column} (A, B, … Z, AA …). */
    public static String letter(int column) {
        StringBuilder sb = new StringBuilder();
        for (long c = column + 1L; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    private ImportRejectedException reject(String sheet, long row, String column, String message) {
        return new ImportRejectedException(new ImportProblem(file, sheet, row, column, message));
    }
}
