package org.renkei.dataimport.geo;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns address text into comparison keys. The same function is applied to gazetteer names and to
 * user input, so every variant it folds (widths, kanji numerals, ケ/ヶ/が, old kanji forms,
 * 大字/字 prefixes, hyphens) matches in both directions. Keys are for lookup only, never shown.
 */
final class AddressKeys {

    private static final String KANJI_DIGITS = "〇一二三四五六七八九";
    private static final String HYPHENS = "-‐‑‒–—―−﹣－";
    /** Old or variant kanji folded to the common form (pairs: variant, common). */
    private static final String VARIANTS = "澤沢邊辺邉辺嶋島嶌島舘館龍竜檜桧冨富髙高﨑崎國国藪薮槇槙曾曽條条瀧滝廣広濱浜峯峰惠恵渕淵檮梼鰺鯵";
    private static final Pattern POSTCODE = Pattern.compile("^〒?\\s*\\d{3}\\s*-?\\s*\\d{4}\\s*|^〒\\s*");
    private static final Pattern FIRST_BLOCK = Pattern.compile("(\\d+)(-|$)");

    private AddressKeys() {
    }

    /** NFKC, whitespace runs collapsed to one space, trimmed; null becomes empty. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String n = nfkc(text);
        StringBuilder sb = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** NFKC, skipped for text made only of characters that NFKC leaves alone (most gazetteer names). */
    private static String nfkc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!nfkcStable(text.charAt(i))) {
                return Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    private static boolean nfkcStable(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3041 && c <= 0x3096)
                || (c >= 0x30A1 && c <= 0x30FA)
                || c == 0x30FC || c == 0x3005
                || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
    }

    /** The lookup key of an address or a gazetteer name. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String n = nfkc(text);
        if (!n.isEmpty() && (n.charAt(0) == '〒' || Character.isDigit(n.charAt(0)) || Character.isWhitespace(n.charAt(0)))) {
            n = POSTCODE.matcher(n.strip()).replaceFirst("");
        }
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            int v = VARIANTS.indexOf(c);
            if (v >= 0 && v % 2 == 0) {
                c = VARIANTS.charAt(v + 1);
            } else if (HYPHENS.indexOf(c) >= 0) {
                c = '-';
            } else if (c == 'ヶ' || c == 'ヵ' || c == 'ケ' || c == 'ゖ') {
                c = 'ケ';
            }
            sb.append(c);
        }
        String s = kanjiNumeralsToDigits(sb);
        return foldContextual(s);
    }

    /** Folds characters whose meaning depends on their neighbours, and drops 大字/字. */
    private static String foldContextual(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : 0;
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            if (c == '大' && next == '字') {
                i++;
                continue;
            }
            if (c == '字') {
                continue;
            }
            if ((c == 'ー' || c == 'の' || c == 'ノ') && isDigit(prev) && isDigit(next)) {
                c = '-';
            } else if ((c == 'が' || c == 'ガ') && isIdeograph(prev) && isIdeograph(next)) {
                c = 'ケ';
            } else if (c == 'の' && isIdeograph(prev) && isIdeograph(next)) {
                c = 'ノ';
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Rewrites a town part written with block numbers, such as {@code 宮西町2-15-3}, so that the
     * first number becomes a 丁目 ({@code 宮西町2丁目15-3}). Input already naming a 丁目 is kept.
     */
    static String chomeForm(String townPart) {
        if (townPart.contains("丁目")) {
            return townPart;
        }
        Matcher m = FIRST_BLOCK.matcher(townPart);
        if (!m.find() || m.start() == 0) {
            return townPart;
        }
        return townPart.substring(0, m.start()) + m.group(1) + "丁目" + townPart.substring(m.end());
    }

    static String kanjiNumeralsToDigits(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && isKanjiNumeral(s.charAt(j))) {
                j++;
            }
            if (j == i) {
                out.append(s.charAt(i++));
            } else {
                out.append(parseKanjiNumber(s.subSequence(i, j)));
                i = j;
            }
        }
        return out.toString();
    }

    private static String parseKanjiNumber(CharSequence run) {
        boolean positional = false;
        for (int i = 0; i < run.length(); i++) {
            if ("十百千".indexOf(run.charAt(i)) >= 0) {
                positional = true;
            }
        }
        if (!positional) {
            StringBuilder digits = new StringBuilder(run.length());
            for (int i = 0; i < run.length(); i++) {
                digits.append((char) ('0' + KANJI_DIGITS.indexOf(run.charAt(i))));
            }
            return digits.toString();
        }
        long total = 0;
        long current = -1;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            int d = KANJI_DIGITS.indexOf(c);
            if (d >= 0) {
                current = current < 0 ? d : current * 10 + d;
            } else {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (current < 0 ? 1 : current) * unit;
                current = -1;
            }
        }
        return Long.toString(total + Math.max(current, 0));
    }

    private static boolean isKanjiNumeral(char c) {
        return KANJI_DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdeograph(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '々';
    }
}
