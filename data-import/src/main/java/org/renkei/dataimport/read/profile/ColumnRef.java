package org.renkei.dataimport.read.profile;

import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.sheet.SheetRow;

import java.util.List;
import java.util.Locale;

/**
 * A column of the user's list, named either by its header text (found in the header row, compared after NFKC and
 * without spaces) or by its letter (A, B, … AA); exactly one of the two is set.
 */
public record ColumnRef(String header, String letter) {
    public ColumnRef {
        header = header == null || header.isBlank() ? null : header.strip();
        letter = letter == null || letter.isBlank() ? null : letter.strip().toUpperCase(Locale.ROOT);
        if ((header == null) == (letter == null)) {
            throw new IllegalArgumentException("列は見出しの文字か列の記号（A, B …）のどちらか一方で指定してください。");
        }
        if (letter != null && !letter.matches("[A-Z]{1,3}")) {
            throw new IllegalArgumentException("列の記号「" + letter + "」は A〜ZZZ の形ではありません。");
        }
    }

    public static ColumnRef header(String text) {
        return new ColumnRef(text, null);
    }

    public static ColumnRef letter(String letter) {
        return new ColumnRef(null, letter);
    }

    /** The 0-based index in a header row, or -1 when a header text is not there. */
    public int indexIn(List<String> headerCells) {
        if (letter != null) {
            return index(letter);
        }
        String key = Text.headerKey(header);
        for (int i = 0; i < headerCells.size(); i++) {
            if (Text.headerKey(headerCells.get(i)).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** 「医療機関名」 or 列 C, for messages. */
    public String describe() {
        return header != null ? "「" + header + "」" : "列 " + letter;
    }

    /** The 0-based index of a column letter: A → 0, AA → 26. */
    static int index(String letter) {
        int n = 0;
        for (char c : letter.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    /** The reference for a column of a header row: its text when it is unique there, else its letter. */
    public static ColumnRef forColumn(List<String> headerCells, int index) {
        String text = index < headerCells.size() ? headerCells.get(index) : "";
        if (!Text.headerKey(text).isEmpty()) {
            ColumnRef byText = header(text);
            if (byText.indexIn(headerCells) == index) {
                return byText;
            }
        }
        return letter(SheetRow.columnLetter(index));
    }
}
