package org.renkei.app.referral;

import java.util.List;
import java.util.Objects;

/**
 * What the referring doctor writes: the body of the 診療情報提供書 (様式11).
 *
 * @param diagnoses     傷病名, one per entry
 * @param purpose       紹介目的
 * @param history       既往歴及び家族歴
 * @param course        症状経過及び検査結果
 * @param treatment     治療経過
 * @param prescriptions 現在の処方, one per entry
 * @param notes         備考
 */
public record CaseDetails(List<String> diagnoses, String purpose, String history, String course, String treatment,
                          List<String> prescriptions, String notes) {
    public CaseDetails {
        diagnoses = List.copyOf(Objects.requireNonNullElse(diagnoses, List.of()));
        prescriptions = List.copyOf(Objects.requireNonNullElse(prescriptions, List.of()));
        purpose = Objects.requireNonNullElse(purpose, "");
        history = Objects.requireNonNullElse(history, "");
        course = Objects.requireNonNullElse(course, "");
        treatment = Objects.requireNonNullElse(treatment, "");
        notes = Objects.requireNonNullElse(notes, "");
    }

    public static CaseDetails empty() {
        return new CaseDetails(List.of(), "", "", "", "", List.of(), "");
    }
}
