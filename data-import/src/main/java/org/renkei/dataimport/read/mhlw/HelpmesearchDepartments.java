package org.renkei.dataimport.read.mhlw;

import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.read.DepartmentList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The department lists of {@code mojitap/helpmesearch} (its Tokyo hospital JSON and the DERIVED CSV built from
 * it, where the same lists are {@code |}-joined). That project split the ナビイ 診療科目名 on {@code 、，,/・}, so
 * 糖尿病・代謝内科 arrives as 糖尿病 + 代謝内科 and 肝臓・胆のう・膵臓外科 as three labels. A label the vocabulary does
 * not know is rejoined with the one or two labels after it (longest first) when the {@code ・}-joined name is in
 * the vocabulary; what stays unknown (糖尿病 whose partner was dropped as a duplicate …) is kept and reported.
 * Some entries also hold several names separated by the literal text （改行）.
 */
final class HelpmesearchDepartments {
    /** Separates labels in one cell / one JSON entry. */
    static final Pattern SEPARATOR = Pattern.compile("\\||（改行）");
    private static final int LONGEST_RUN = 3;

    private final DepartmentVocabulary vocabulary;
    private final DepartmentList list;

    HelpmesearchDepartments(DepartmentVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.list = new DepartmentList(vocabulary);
    }

    /**
     * The entries of one facility's list.
     *
     * @param parts   the list's texts (JSON array elements, or the one {@code |}-joined CSV cell)
     * @param unknown receives each label that stays unknown
     */
    List<DepartmentEntry> entries(List<String> parts, Consumer<String> unknown) {
        List<String> labels = new ArrayList<>();
        for (String part : parts) {
            labels.addAll(DepartmentList.labels(part, SEPARATOR));
        }
        return list.entries(rejoined(labels), unknown);
    }

    /** The labels with split fragments put back together where the vocabulary knows the joined name. */
    List<String> rejoined(List<String> labels) {
        List<String> out = new ArrayList<>(labels.size());
        int i = 0;
        while (i < labels.size()) {
            int taken = 1;
            String label = labels.get(i);
            if (vocabulary.resolve(label).isEmpty()) {
                for (int n = Math.min(LONGEST_RUN, labels.size() - i); n > 1; n--) {
                    String joined = String.join("・", labels.subList(i, i + n));
                    if (vocabulary.resolve(joined).isPresent()) {
                        label = joined;
                        taken = n;
                        break;
                    }
                }
            }
            out.add(label);
            i += taken;
        }
        return out;
    }
}
