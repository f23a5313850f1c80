package org.renkei.dataimport.read;

import java.util.Objects;

/**
 * A problem found while reading a file, located by file, sheet, row and column.
 * The message is Japanese and shown to users as-is.
 *
 * @param sheet  sheet name, empty for CSV
 * @param row    1-based row number in the file (0 when the problem concerns the whole file)
 * @param column column header or letter, empty when not tied to one column
 */
public record ImportProblem(String file, String sheet, long row, String column, String message) {
    public ImportProblem {
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
    }

    /** One line for a status bar or stderr: ファイル名 シート 行 列: メッセージ. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (!sheet.isEmpty()) {
            sb.append(" シート「").append(sheet).append("」");
        }
        if (row > 0) {
            sb.append(" ").append(row).append("行目");
        }
        if (!column.isEmpty()) {
            sb.append(" 列「").append(column).append("」");
        }
        return sb.append(": ").append(message).toString();
    }
}
