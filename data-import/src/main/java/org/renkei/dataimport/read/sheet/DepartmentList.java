package org.renkei.dataimport.read.sheet;

import org.renkei.dataimport.dept.Department;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.model.DepartmentEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns department labels from a spreadsheet cell (abbreviations such as 内 整外 耳い, or full names) into
 * {@link DepartmentEntry} values. A label the vocabulary does not know is first tried as a {@code ・}-joined
 * list of known names (内科・消化器内科); otherwise it is kept as imported and reported. Duplicates (same
 * canonical name) are dropped, the first label wins.
 */
public final class DepartmentList {
    private final DepartmentVocabulary vocabulary;

    public DepartmentList(DepartmentVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param unknown receives each label that stays unknown (for a problem message); may not be null
     */
    public List<DepartmentEntry> entries(Iterable<String> labels, Consumer<String> unknown) {
        Map<String, DepartmentEntry> out = new LinkedHashMap<>();
        for (String raw : labels) {
            String label = raw.strip();
            if (label.isEmpty()) {
                continue;
            }
            Optional<Department> d = vocabulary.resolve(label);
            if (d.isPresent()) {
                out.putIfAbsent(d.get().name(), DepartmentEntry.of(d.get().name(), label));
                continue;
            }
            List<Department> parts = split(label);
            if (parts != null) {
                for (Department p : parts) {
                    out.putIfAbsent(p.name(), DepartmentEntry.of(p.name(), label));
                }
                continue;
            }
            if (!out.containsKey("?" + label)) {
                unknown.accept(label);
                out.put("?" + label, DepartmentEntry.of(null, label));
            }
        }
        return new ArrayList<>(out.values());
    }

    private List<Department> split(String label) {
        if (!label.contains("・")) {
            return null;
        }
        List<Department> parts = new ArrayList<>();
        for (String p : label.split("・")) {
            Optional<Department> d = vocabulary.resolve(p.strip());
            if (d.isEmpty()) {
                return null;
            }
            parts.add(d.get());
        }
        return parts;
    }

    /** The problem message for a label not in the vocabulary (same wording as the ナビイ readers). */
    public static String unknownMessage(String label) {
        return "診療科名「" + label + "」は辞書にありません（そのまま取り込みます）。";
    }
}
