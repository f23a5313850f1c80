package org.renkei.dataimport.dept;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The department vocabulary: canonical names, MHLW codes, bureau abbreviations, retired names, synonyms
 * and the parent relation. Immutable and thread-safe. The bundled data lives in
 * {@code departments.csv} and {@code aliases.csv} next to this class.
 */
public final class DepartmentVocabulary {

    private final List<Department> departments;
    private final Map<String, Department> byName = new HashMap<>();
    private final Map<String, Department> byCode = new HashMap<>();
    private final Map<String, Department> byKey = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final List<DepartmentAlias> aliases;
    private final Map<String, String> successors;
    private final Map<String, List<String>> aliasKeysByName = new HashMap<>();

    private DepartmentVocabulary(List<Department> departments, List<DepartmentAlias> aliases,
                                 Map<String, String> successors) {
        List<Department> sorted = new ArrayList<>(departments);
        // coded departments in code order, then the code-less ones (retired names …) in file order
        sorted.sort(Comparator.comparing((Department d) -> d.code().isEmpty()).thenComparing(Department::code));
        this.departments = List.copyOf(sorted);
        this.aliases = List.copyOf(aliases);
        this.successors = Map.copyOf(successors);
        for (Department d : this.departments) {
            order.put(d.name(), order.size());
            VocabularyCheck.putUnique(byName, d.name(), d, "name");
            VocabularyCheck.putUnique(byKey, Labels.key(d.name()), d, "label");
            if (!d.code().isEmpty()) {
                VocabularyCheck.putUnique(byCode, d.code(), d, "code");
            }
        }
        for (DepartmentAlias a : this.aliases) {
            Department target = byName.get(a.canonical());
            if (target == null) {
                throw new IllegalStateException("alias " + a.alias() + " → unknown department " + a.canonical());
            }
            VocabularyCheck.putUnique(byKey, Labels.key(a.alias()), target, "label");
            aliasKeysByName.computeIfAbsent(target.name(), k -> new ArrayList<>()).add(Labels.key(a.alias()));
        }
        VocabularyCheck.checkRelations(this.departments, byName, this.successors);
    }

    private static final class Holder {
        static final DepartmentVocabulary BUNDLED = load();

        private static DepartmentVocabulary load() {
            VocabularyFiles.Parsed p = VocabularyFiles.bundled();
            return new DepartmentVocabulary(p.departments(), p.aliases(), p.successors());
        }
    }

    /** The vocabulary bundled in resources. Loaded once, thread-safe. */
    public static DepartmentVocabulary bundled() {
        return Holder.BUNDLED;
    }

    /**
     * A vocabulary from explicit data (tests, user extensions).
     *
     * @param successors retired name → current canonical name
     * @throws IllegalStateException on duplicates, unknown targets or parent cycles
     */
    public static DepartmentVocabulary of(List<Department> departments, List<DepartmentAlias> aliases,
                                          Map<String, String> successors) {
        return new DepartmentVocabulary(departments, aliases, successors);
    }

    /** Resolves a label as found in a file (full name, synonym, retired name or abbreviation; any width). */
    public Optional<Department> resolve(String label) {
        return Optional.ofNullable(byKey.get(Labels.key(label)));
    }

    /** Resolves by 5-digit MHLW code first (x991 catch-all codes are not in the vocabulary), then by label. */
    public Optional<Department> resolve(String code, String label) {
        Optional<Department> d = byCode(code);
        return d.isPresent() ? d : resolve(label);
    }

    /** The department with exactly this canonical name. */
    public Optional<Department> byName(String canonicalName) {
        return Optional.ofNullable(byName.get(canonicalName));
    }

    /** The department with this 5-digit MHLW 診療科目コード. */
    public Optional<Department> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    /** Every canonical department, in code order (departments without a code last). */
    public Collection<Department> all() {
        return departments;
    }

    /** Every alias, in file order. */
    public List<DepartmentAlias> aliases() {
        return aliases;
    }

    /** The current department that replaced a retired one (循環器科 → 循環器内科, 神経内科 → 脳神経内科). */
    public Optional<Department> successor(String canonicalName) {
        return byName(successors.get(canonicalName));
    }

    /**
     * Departments whose name, reading or alias contains the typed text (hiragana, katakana or kanji, any width),
     * best first: exact matches, then prefixes, then substrings; shorter names first within each group.
     */
    public List<Department> suggest(String typed, int limit) {
        String q = Labels.key(typed);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        Map<Department, Integer> scores = new LinkedHashMap<>();
        for (Department d : departments) {
            int s = score(d, q);
            if (s < Integer.MAX_VALUE) {
                scores.put(d, s);
            }
        }
        List<Department> result = new ArrayList<>(scores.keySet());
        result.sort(Comparator.comparing((Department d) -> scores.get(d))
                .thenComparing(d -> d.name().length())
                .thenComparing(d -> order.get(d.name())));
        return Collections.unmodifiableList(result.subList(0, Math.min(limit, result.size())));
    }

    private int score(Department d, String q) {
        String name = Labels.key(d.name());
        String reading = Labels.key(d.reading());
        List<String> alias = aliasKeysByName.getOrDefault(d.name(), List.of());
        if (name.equals(q) || reading.equals(q)) {
            return 0;
        }
        if (alias.contains(q)) {
            return 1;
        }
        if (name.startsWith(q) || reading.startsWith(q)) {
            return 2;
        }
        if (alias.stream().anyMatch(a -> a.startsWith(q))) {
            return 3;
        }
        if (name.contains(q) || reading.contains(q)) {
            return 4;
        }
        return alias.stream().anyMatch(a -> a.contains(q)) ? 5 : Integer.MAX_VALUE;
    }

    /** True when {@code ancestor} is {@code name}'s parent, grandparent, … (not itself). Labels are resolved. */
    public boolean isAncestor(String ancestor, String name) {
        Optional<Department> a = canonical(ancestor);
        Optional<Department> d = canonical(name);
        if (a.isEmpty() || d.isEmpty()) {
            return false;
        }
        for (Department p = byName.get(d.get().parent()); p != null; p = byName.get(p.parent())) {
            if (p.name().equals(a.get().name())) {
                return true;
            }
        }
        return false;
    }

    private Optional<Department> canonical(String nameOrLabel) {
        Objects.requireNonNull(nameOrLabel, "name");
        Optional<Department> d = byName(nameOrLabel);
        return d.isPresent() ? d : resolve(nameOrLabel);
    }
}
