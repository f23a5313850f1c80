package org.renkei.dataimport.read.mhlw;

import org.renkei.dataimport.dept.Department;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.OpeningHours;

import java.util.List;
import java.util.Optional;

/** Maps a department label (and MHLW code) from a file to the canonical name; unknown labels are kept. */
final class DepartmentLabels {
    private final DepartmentVocabulary vocabulary;

    DepartmentLabels(DepartmentVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Canonical name by code first, then label; null when unknown. */
    String canonical(String code, String label) {
        Optional<Department> d = vocabulary.resolve(code, label);
        return d.map(Department::name).orElse(null);
    }

    DepartmentEntry entry(String code, String label, List<OpeningHours> hours) {
        return new DepartmentEntry(canonical(code, label), label, code == null || code.isEmpty() ? null : code, hours);
    }
}
