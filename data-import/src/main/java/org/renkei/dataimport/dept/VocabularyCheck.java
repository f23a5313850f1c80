package org.renkei.dataimport.dept;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Consistency checks run when a vocabulary is built; a broken vocabulary is a programming error. */
final class VocabularyCheck {
    private VocabularyCheck() {
    }

    static void putUnique(Map<String, Department> map, String key, Department d, String what) {
        Department old = map.putIfAbsent(key, d);
        if (old != null && !old.name().equals(d.name())) {
            throw new IllegalStateException("duplicate " + what + " '" + key + "': " + old.name() + " / " + d.name());
        }
        if (old != null && what.equals("name")) {
            throw new IllegalStateException("duplicate department " + key);
        }
    }

    static void checkRelations(List<Department> departments, Map<String, Department> byName,
                               Map<String, String> successors) {
        for (Department d : departments) {
            if (!d.parent().isEmpty() && !byName.containsKey(d.parent())) {
                throw new IllegalStateException(d.name() + ": unknown parent " + d.parent());
            }
            Set<String> seen = new HashSet<>();
            for (Department p = d; p != null; p = byName.get(p.parent())) {
                if (!seen.add(p.name())) {
                    throw new IllegalStateException("parent cycle through " + d.name());
                }
            }
        }
        successors.forEach((retired, current) -> {
            if (!byName.containsKey(retired) || !byName.containsKey(current) || retired.equals(current)) {
                throw new IllegalStateException("bad successor " + retired + " → " + current);
            }
        });
    }
}
