package org.renkei.dataimport.read;

import java.text.Normalizer;

/** Text normalisation shared by every reader. */
public final class Text {
    private Text() {
    }

    /** NFKC (full-width digits and letters, half-width katakana), stripped; {@code null} gives "". */
    public static String nfkc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }

    /**
     * Header comparison key: NFKC and no whitespace at all, so {@code telephone　number} = {@code telephonenumber}
     * and {@code 名称（カナ）} = {@code 名称(カナ)}; {@code null} gives "".
     */
    public static String headerKey(String s) {
        return nfkc(s).replaceAll("\\s+", "");
    }
}
