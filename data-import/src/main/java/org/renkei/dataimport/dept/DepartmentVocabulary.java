package org.renkei.dataimport.dept;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The department vocabulary: canonical names, MHLW codes, bureau abbreviations, retired names, synonyms
 * and the parent relation. PLACEHOLDER API: implementation in progress (see issue 2).
 */
public final class DepartmentVocabulary {

    /** The vocabulary bundled in resources. Loaded once, thread-safe. */
    public static DepartmentVocabulary bundled() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Resolves a label as found in a file (full name, synonym, retired name or abbreviation; any width). */
    public Optional<Department> resolve(String label) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The department with exactly this canonical name. */
    public Optional<Department> byName(String canonicalName) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Every canonical department, in code order. */
    public Collection<Department> all() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Departments whose name or reading contains the typed text (hiragana, katakana or kanji), best first. */
    public List<Department> suggest(String typed, int limit) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** True when {@code ancestor} is {@code name}'s parent, grandparent, … (not itself). */
    public boolean isAncestor(String ancestor, String name) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
