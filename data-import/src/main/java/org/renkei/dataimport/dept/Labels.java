package org.renkei.dataimport.dept;

import java.text.Normalizer;

/** Normalisation of department labels before lookup: NFKC, no whitespace, katakana folded to hiragana. */
public final class Labels {
    private Labels() {
    }

    /**
     * The lookup key of a label: NFKC (full-width letters and parentheses, half-width katakana), every
     * whitespace removed (including U+3000), katakana folded to hiragana. {@code null} gives "".
     */
    public static String key(String label) {
        if (label == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(label, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(cp -> sb.appendCodePoint(toHiragana(cp)));
        return sb.toString();
    }

    /** Katakana (ァ..ヶ) to hiragana; other code points unchanged. */
    private static int toHiragana(int cp) {
        return cp >= 0x30A1 && cp <= 0x30F6 ? cp - 0x60 : cp;
    }
}
