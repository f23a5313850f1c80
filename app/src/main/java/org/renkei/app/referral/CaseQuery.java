package org.renkei.app.referral;

import java.text.Normalizer;
import java.time.LocalDate;

/**
 * What to look for in the stored cases; every criterion is optional (null or blank = any) and all given
 * criteria must hold.
 *
 * @param patientId  the hospital's patient ID, exactly
 * @param kanaPrefix the start of the patient's フリガナ; hiragana, katakana, half-width and spaces are all alike
 * @param from       created on or after this day
 * @param to         created on or before this day
 * @param status     at least one destination currently in this status
 */
public record CaseQuery(String patientId, String kanaPrefix, LocalDate from, LocalDate to, ReferralStatus status) {
    public CaseQuery {
        patientId = patientId == null || patientId.isBlank() ? null : patientId.strip();
        kanaPrefix = kanaPrefix == null || kanaKey(kanaPrefix).isEmpty() ? null : kanaPrefix.strip();
    }

    /** Every case. */
    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null);
    }

    /**
     * The search form of a reading: NFKC (half-width → full-width katakana), hiragana → katakana, no spaces.
     * "やまだ はなこ", "ﾔﾏﾀﾞ ﾊﾅｺ" and "ヤマダ　ハナコ" all give "ヤマダハナコ".
     */
    public static String kanaKey(String kana) {
        if (kana == null) {
            return "";
        }
        String n = Normalizer.normalize(kana, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char ch = n.charAt(i);
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch)) {
                continue;
            }
            sb.append(ch >= 'ぁ' && ch <= 'ゖ' ? (char) (ch + ('ァ' - 'ぁ')) : ch);
        }
        return sb.toString();
    }
}
