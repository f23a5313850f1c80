package org.renkei.dataimport.read;

import org.renkei.dataimport.dept.Department;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.model.DepartmentEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns department labels from a file (abbreviations such as 内 整外 耳い, or full names) into
 * {@link DepartmentEntry} values. A label the vocabulary does not know is first tried as a {@code ・}-joined
 * list of known names (内科・消化器内科); otherwise it is kept as imported and reported. Duplicates (same
 * canonical name) are dropped, the first label wins.
 */
public final class DepartmentList {
    /** Entries of department lists that describe services, not departments. */
    private static final Set<String> SERVICES = Set.of("マンモ", "マンモグラフィ", "人間ドック", "健診", "検診");

    private final DepartmentVocabulary vocabulary;

    public DepartmentList(DepartmentVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Service entries in a department list (分娩実施, 透析実施, マンモ …) that are not departments. */
    public static boolean isAttribute(String label) {
        String l = Text.nfkc(label);
        return l.endsWith("実施") || l.endsWith("対応") || l.endsWith("可") || SERVICES.contains(l);
    }

    /** The labels of a cell listing several departments: split on {@code separator}, stripped, blanks and services left out. */
    public static List<String> labels(String cell, Pattern separator) {
        List<String> labels = new ArrayList<>();
        for (String part : separator.split(cell)) {
            if (!part.isBlank() && !isAttribute(part)) {
                labels.add(part.strip());
            }
        }
        return labels;
    }

    /** The entries of a cell listing several departments ({@link #labels}, then {@link #entries}). */
    public List<DepartmentEntry> fromCell(String cell, Pattern separator, Consumer<String> unknown) {
        return entries(labels(cell, separator), unknown);
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

    /** The problem message for a label not in the vocabulary, for every reader. */
    public static String unknownMessage(String label) {
        return "診療科名「" + label + "」は辞書にありません（そのまま取り込みます）。";
    }
}
