package org.renkei.dataimport.read.kouseikyoku;

import org.renkei.dataimport.read.Text;
import java.util.Set;

/**
 * 保険医療機関コード (医療機関番号): 7 digits = 郡市区 code (2) + serial (4) + check digit (1), written in the
 * bureau lists as {@code 01,1047,8} or {@code 01-1857-5}; with the prefecture code in front it becomes the
 * 9-digit nationwide code.
 *
 * <p>Check digit: modulus 10, weights 2-1 from the right (Luhn). 埼玉・千葉・東京・神奈川 compute it over the 6 digits;
 * every other prefecture over 都道府県 (2) + 点数表 (1) + the 6 digits. The 点数表 digit is 1 (医科) for almost all
 * institutions; 27 of the 97,024 rows of the real 2025-08 list (医科歯科 clinics in 大阪・兵庫・和歌山・奈良・宮城)
 * only validate with 3 (歯科), so 3 is accepted too.
 */
public final class InstitutionCode {
    private static final Set<String> SIX_DIGIT_PREFECTURES = Set.of("11", "12", "13", "14");

    private InstitutionCode() {
    }

    /** The 7 digits of a written code ({@code 01,1047,8}, {@code 01-1857-5}, full-width …), or "" when it is not 7 digits. */
    public static String normalise(String written) {
        String s = Text.nfkc(written)
                .replaceAll("[\\s,\\-‐－ー−.]", "");
        return s.matches("\\d{7}") ? s : "";
    }

    /**
     * True when the check digit of a 7-digit code is right for the prefecture.
     *
     * @param prefecture 2-digit prefecture code; when empty only the 6-digit rule is tried
     */
    public static boolean valid(String prefecture, String code7) {
        if (code7 == null || !code7.matches("\\d{7}")) {
            return false;
        }
        int check = code7.charAt(6) - '0';
        String six = code7.substring(0, 6);
        if (prefecture == null || prefecture.isEmpty() || SIX_DIGIT_PREFECTURES.contains(prefecture)) {
            return luhn(six) == check;
        }
        return luhn(prefecture + "1" + six) == check || luhn(prefecture + "3" + six) == check;
    }

    /** Modulus 10, weights 2-1 starting with 2 at the rightmost digit, digit sums of the products. */
    static int luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = (digits.charAt(digits.length() - 1 - i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d / 10 + d % 10;
        }
        return (10 - sum % 10) % 10;
    }

    /** The problem message for a wrong check digit. */
    static String badCheckDigit(String written) {
        return "医療機関番号「" + written + "」の検査数字（末尾の 1 桁）が合いません。番号の誤記の可能性があります"
                + "（そのまま取り込みます）。";
    }
}
