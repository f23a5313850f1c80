package org.renkei.app.audit;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One recorded operation.
 *
 * @param target what it was done to: 「ケース 12」, 「施設 345」, 「PDF 2件」, an imported file's name — never patient text
 * @param detail a short fixed phrase (「送付済」, 「診療情報提供書」), never free text typed about a patient
 */
public record AuditEntry(LocalDateTime at, String staff, AuditAction action, String target, String detail) {
    public static final int MAX_TEXT = 400;

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        staff = StaffNames.require(staff);
        target = clip(target);
        detail = clip(detail);
    }

    private static String clip(String s) {
        String t = s == null ? "" : s.strip().replaceAll("\\p{Cntrl}", " ");
        return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT);
    }
}
