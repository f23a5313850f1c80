package org.renkei.dataimport.model;

import java.util.List;
import java.util.Objects;

/**
 * A department offered by a facility.
 *
 * @param canonical canonical Japanese name from the vocabulary, or {@code null} when the label is unknown
 *                  (unknown labels are kept as imported and reported, never dropped)
 * @param label     the text as it appeared in the file
 * @param code      the 5-digit MHLW 診療科目コード when the file gives one, else {@code null}
 * @param hours     opening hours per day and time slot, empty when the file gives none
 */
public record DepartmentEntry(String canonical, String label, String code, List<OpeningHours> hours) {
    public DepartmentEntry {
        Objects.requireNonNull(label, "label");
        hours = List.copyOf(hours);
    }

    public static DepartmentEntry of(String canonical, String label) {
        return new DepartmentEntry(canonical, label, null, List.of());
    }

    public boolean known() {
        return canonical != null;
    }
}
