package org.renkei.app.export.letter;

import java.util.Objects;

/**
 * One row of the letter's table: a label with its value across the row ({@link #wide}), or two label/value pairs
 * side by side ({@link #pair}, e.g. 患者氏名 … 性別 …). Values may hold line breaks.
 */
public record LetterRow(String label, String value, String label2, String value2) {
    public LetterRow {
        Objects.requireNonNull(label, "label");
        value = Objects.requireNonNullElse(value, "");
        value2 = Objects.requireNonNullElse(value2, "");
    }

    public static LetterRow wide(String label, String value) {
        return new LetterRow(label, value, null, null);
    }

    public static LetterRow pair(String label, String value, String label2, String value2) {
        return new LetterRow(label, value, Objects.requireNonNull(label2, "label2"), value2);
    }

    public boolean isPair() {
        return label2 != null;
    }
}
