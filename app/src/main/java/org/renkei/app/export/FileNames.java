package org.renkei.app.export;

import java.text.Normalizer;

/** File names made from facility names: no path or reserved characters, no spaces, bounded length. */
public final class FileNames {
    private static final int MAX_CODE_POINTS = 60;

    private FileNames() {
    }

    /** {@code 医療法人社団　府中会/府中内科:クリニック} → {@code 医療法人社団_府中会_府中内科_クリニック}. */
    public static String safe(String name) {
        String nfc = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        nfc.codePoints().forEach(cp -> {
            boolean bad = cp < 0x20 || cp == 0x7f || "\\/:*?\"<>|".indexOf(cp) >= 0 || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
            if (bad) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                    out.append('_');
                }
            } else {
                out.appendCodePoint(cp);
            }
        });
        String s = trim(out.toString());
        if (s.codePointCount(0, s.length()) > MAX_CODE_POINTS) {
            s = trim(s.substring(0, s.offsetByCodePoints(0, MAX_CODE_POINTS)));
        }
        return s.isEmpty() ? "facility" : s;
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '_' || s.charAt(start) == '.')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '_' || s.charAt(end - 1) == '.')) {
            end--;
        }
        return s.substring(start, end);
    }
}
