package org.renkei.dataimport.read.profile;

import org.renkei.dataimport.dept.AliasKind;
import org.renkei.dataimport.dept.DepartmentAlias;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.dept.Labels;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.read.DepartmentList;
import org.renkei.dataimport.read.Text;
import org.renkei.dataimport.read.sheet.SheetRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Reads the departments of one row in the profile's style: a list cell split on the separator, 厚生局 abbreviations
 * (also written together, 内皮 → 内 + 皮), or one column per department with a mark. Every label goes through the
 * department vocabulary ({@link DepartmentList}); an unknown label is kept and reported at its column.
 */
final class ProfileDepartments {
    /** Cell values meaning "yes" in a department column (compared after NFKC, lower case). */
    static final Set<String> YES = Set.of("○", "〇", "◯", "●", "◎", "✓", "✔", "☑", "1", "有", "あり", "可", "y", "yes",
            "true");
    /** Cell values meaning "no" besides an empty cell. */
    static final Set<String> NO = Set.of("×", "✕", "✖", "-", "ー", "―", "0", "無", "なし", "不可", "n", "no", "false", "/");

    private final DepartmentList list;
    private final DepartmentSpec spec;
    private final Pattern separator;
    private final Map<String, String> abbreviations = new HashMap<>();
    private int longestAbbreviation;
    private final Set<String> everyRowUnknown = new HashSet<>();

    ProfileDepartments(DepartmentVocabulary vocabulary, DepartmentSpec spec) {
        this.list = new DepartmentList(vocabulary);
        this.spec = spec;
        this.separator = spec.separatorPattern();
        for (DepartmentAlias a : vocabulary.aliases()) {
            if (a.kind() == AliasKind.ABBREVIATION) {
                abbreviations.put(Labels.key(a.alias()), a.alias());
                longestAbbreviation = Math.max(longestAbbreviation, Labels.key(a.alias()).length());
            }
        }
        list.entries(spec.everyRow(), everyRowUnknown::add);
    }

    /** Labels of {@link DepartmentSpec#everyRow} the vocabulary does not know (reported once by the reader). */
    Set<String> everyRowUnknown() {
        return everyRowUnknown;
    }

    /**
     * The departments of a row.
     *
     * @param problem receives (column, message) for unknown labels and unreadable marks
     */
    List<DepartmentEntry> read(SheetRow row, MappedHeader header, BiConsumer<Integer, String> problem) {
        List<String> labels = new ArrayList<>(spec.everyRow());
        Map<String, Integer> columnOf = new HashMap<>();
        if (spec.style() == DepartmentStyle.FLAG_COLUMNS) {
            for (int col : header.flagColumns()) {
                String v = Text.nfkc(row.get(col)).toLowerCase(Locale.ROOT);
                if (YES.contains(v)) {
                    String label = header.name(col);
                    labels.add(label);
                    columnOf.putIfAbsent(label, col);
                } else if (!v.isEmpty() && !NO.contains(v)) {
                    problem.accept(col, "「" + row.get(col).strip() + "」は印（○）として読めません（この診療科は無いものとします）。");
                }
            }
        }
        int cellColumn = header.index(Field.DEPARTMENTS);
        for (String label : DepartmentList.labels(row.get(cellColumn), separator)) {
            for (String part : spec.style() == DepartmentStyle.ABBREVIATIONS ? abbreviated(label) : List.of(label)) {
                labels.add(part);
                columnOf.putIfAbsent(part, cellColumn);
            }
        }
        return list.entries(labels, label -> {
            if (!everyRowUnknown.contains(label) || columnOf.containsKey(label)) {
                problem.accept(columnOf.getOrDefault(label, cellColumn), DepartmentList.unknownMessage(label));
            }
        });
    }

    /** A token as written, or its split into known abbreviations when it is none itself and splits completely. */
    private List<String> abbreviated(String token) {
        String key = Labels.key(token);
        if (abbreviations.containsKey(key) || list.entries(List.of(token), l -> { }).stream()
                .allMatch(DepartmentEntry::known)) {
            return List.of(token);
        }
        List<String> parts = split(key, 0);
        return parts == null ? List.of(token) : parts;
    }

    /** Longest-first split of {@code key} from {@code start} into abbreviations, or null when it cannot be split. */
    private List<String> split(String key, int start) {
        if (start == key.length()) {
            return new ArrayList<>();
        }
        for (int end = Math.min(key.length(), start + longestAbbreviation); end > start; end--) {
            String alias = abbreviations.get(key.substring(start, end));
            if (alias != null) {
                List<String> rest = split(key, end);
                if (rest != null) {
                    rest.add(0, alias);
                    return rest;
                }
            }
        }
        return null;
    }
}
