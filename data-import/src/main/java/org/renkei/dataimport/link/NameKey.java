package org.renkei.dataimport.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A facility name as comparison keys. {@link #full} is the whole name folded (NFKC, no spaces or punctuation, old kanji
 * forms, ケ/ヶ/が between kanji); {@link #core} is the part that names the facility itself: the corporate form and the
 * corporation's own name in front of it dropped (医療法人財団 小畑会 浜田病院 → 浜田病院). A 外字 the source could not
 * write is kept as {@link #UNKNOWN} and matches any one character ({@link #same}). Bureau lists prefix many names with
 * the corporation, ナビイ writes it with or without a space or leaves it out, so both keys are compared.
 *
 * @param full the whole name folded
 * @param core the facility's own name folded (equal to {@code full} when the name has no corporate part)
 */
public record NameKey(String full, String core) {
    /** Legal forms of the operating corporation, longest first so that 医療法人社団 wins over 医療法人. */
    private static final List<String> CORPORATE_FORMS = List.of(
            "社会福祉法人恩賜財団", "社会医療法人社団", "社会医療法人財団", "地方独立行政法人", "国立研究開発法人", "特定医療法人社団",
            "特定医療法人財団", "国家公務員共済組合連合会", "医療法人社団", "医療法人財団", "社会医療法人", "特定医療法人", "特別医療法人",
            "社会福祉法人", "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "独立行政法人", "国立大学法人", "公立大学法人",
            "医療生活協同組合", "生活協同組合", "消費生活協同組合", "医療法人", "学校法人", "宗教法人", "株式会社", "有限会社", "合同会社",
            "(医)", "(医社)", "(医財)", "(社)", "(財)", "(福)", "(学)", "(株)", "(有)");
    private static final String VARIANTS = "澤沢邊辺邉辺嶋島嶌島舘館龍竜檜桧冨富髙高﨑崎國国藪薮槇槙曾曽條条瀧滝廣広濱浜峯峰惠恵渕淵檮梼鰺鯵齋斎齊斉眞真";

    /** Stands for one character the source could not write (外字); matches any character. */
    public static final char UNKNOWN = '〓';

    public NameKey {
        full = full == null ? "" : full;
        core = core == null ? "" : core;
    }

    /**
     * Equal strings, where one {@link #UNKNOWN} in either may match any one character (not in names shorter than
     * 4 characters, and never two: 〓〓医院 must not equal 田中医院).
     */
    public static boolean same(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int wild = 0;
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && (x != UNKNOWN && y != UNKNOWN || ++wild > 1 || a.length() < 4)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code longer} ends with {@code shorter} ({@link #UNKNOWN} matching any character). */
    public static boolean endsWith(String longer, String shorter) {
        return longer.length() >= shorter.length() && same(longer.substring(longer.length() - shorter.length()), shorter);
    }

    /** True when {@code longer} starts with {@code shorter} ({@link #UNKNOWN} matching any character). */
    public static boolean startsWith(String longer, String shorter) {
        return longer.length() >= shorter.length() && same(longer.substring(0, shorter.length()), shorter);
    }

    /** The keys of a facility name as written in any list. */
    public static NameKey of(String name) {
        String n = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        List<String> tokens = new ArrayList<>(List.of(n.split("\\s+")));
        tokens.removeIf(String::isEmpty);
        String full = fold(String.join("", tokens));
        return new NameKey(full, fold(core(tokens)));
    }

    /**
     * The facility's own name: with spaces after a corporate first token, the last token without a leading 附属/付属
     * (joined with the token before it when shorter than 3 characters); without spaces, the name with a leading
     * corporate form removed.
     */
    private static String core(List<String> tokens) {
        if (tokens.isEmpty()) {
            return "";
        }
        if (tokens.size() == 1) {
            return stripForm(tokens.get(0));
        }
        String first = tokens.get(0);
        boolean corporate = CORPORATE_FORMS.stream().anyMatch(first::startsWith) || endsLikeCorporation(first);
        if (!corporate) {
            return String.join("", tokens);
        }
        String last = tokens.get(tokens.size() - 1);
        for (String attached : List.of("附属", "付属")) {
            if (last.startsWith(attached) && last.length() > attached.length()) {
                last = last.substring(attached.length());
            }
        }
        if (last.length() < 3 && tokens.size() > 2) {
            last = tokens.get(tokens.size() - 2) + last;
        }
        return stripForm(last);
    }

    private static boolean endsLikeCorporation(String token) {
        return token.endsWith("会") || token.endsWith("機構") || token.endsWith("財団") || token.endsWith("法人")
                || token.endsWith("組合");
    }

    private static String stripForm(String s) {
        for (String form : CORPORATE_FORMS) {
            if (s.startsWith(form) && s.length() > form.length()) {
                return s.substring(form.length());
            }
        }
        return s;
    }

    /**
     * Drops spaces and punctuation, folds old kanji forms, ケ/ヶ/ヵ, and が/ガ between kanji. A character the list could not
     * write (private-use 外字 such as the bureau list's U+E0A1 for 葛, U+FFFD, 〓) becomes {@link #UNKNOWN}.
     */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\uE000' && c <= '\uF8FF') || c == '\uFFFD' || c == UNKNOWN) {
                out.append(UNKNOWN);
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "・･.,、。'\"()（）「」-‐－―ー".indexOf(c) >= 0
                    && !(c == 'ー' && i > 0 && isKana(s.charAt(i - 1)))) {
                continue;
            }
            int v = VARIANTS.indexOf(c);
            if (v >= 0 && v % 2 == 0) {
                c = VARIANTS.charAt(v + 1);
            } else if (c == 'ヶ' || c == 'ヵ' || c == 'ケ') {
                c = 'ケ';
            } else if ((c == 'が' || c == 'ガ') && i > 0 && i + 1 < s.length() && isHan(s.charAt(i - 1))
                    && isHan(s.charAt(i + 1))) {
                c = 'ケ';
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isKana(char c) {
        return (c >= 'ぁ' && c <= 'ゖ') || (c >= 'ァ' && c <= 'ヺ') || c == 'ー';
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
