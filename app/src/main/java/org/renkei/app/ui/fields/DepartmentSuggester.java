package org.renkei.app.ui.fields;

import org.renkei.dataimport.dept.Department;
import org.renkei.dataimport.dept.DepartmentVocabulary;

import java.util.List;
import java.util.function.Supplier;

/** Canonical department names for what the user has typed (name or reading), best first. */
@FunctionalInterface
public interface DepartmentSuggester {
    List<String> suggest(String typed, int limit);

    /** The production suggester over the bundled vocabulary (loaded on first use). */
    static DepartmentSuggester of(Supplier<DepartmentVocabulary> vocabulary) {
        return (typed, limit) -> vocabulary.get().suggest(typed, limit).stream().map(Department::name).toList();
    }
}
