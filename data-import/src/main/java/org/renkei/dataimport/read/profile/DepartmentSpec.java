package org.renkei.dataimport.read.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How departments are read from a user's list. The cell of {@link Field#DEPARTMENTS} holds the list for styles LIST
 * and ABBREVIATIONS (and extra free text for FLAG_COLUMNS).
 *
 * @param separator   the characters separating departments in one cell; a space stands for any white space (full
 *                    width too), and {@code 、 , ; /} also match their full-width forms. Empty: the style's default.
 * @param flagColumns the department columns of style FLAG_COLUMNS (header text = department name)
 * @param everyRow    department labels every facility of the list offers (a per-department list: 「内科」)
 */
public record DepartmentSpec(DepartmentStyle style, String separator, List<ColumnRef> flagColumns,
                             List<String> everyRow) {
    /** The separators of style LIST when none is given. */
    public static final String LIST_DEFAULT = "、,;/";
    /** The separators of style ABBREVIATIONS when none is given. */
    public static final String ABBREVIATIONS_DEFAULT = " 、,";

    public DepartmentSpec {
        if (style == null) {
            throw new IllegalArgumentException("診療科の書き方を指定してください。");
        }
        separator = separator == null || separator.isEmpty() ? defaultSeparator(style) : separator;
        flagColumns = flagColumns == null ? List.of() : List.copyOf(flagColumns);
        List<String> labels = new ArrayList<>();
        for (String label : everyRow == null ? List.<String>of() : everyRow) {
            if (label != null && !label.isBlank()) {
                labels.add(label.strip());
            }
        }
        everyRow = List.copyOf(labels);
        if (style == DepartmentStyle.FLAG_COLUMNS && flagColumns.isEmpty()) {
            throw new IllegalArgumentException("診療科ごとの列（○印の列）を 1 つ以上指定してください。");
        }
    }

    public static DepartmentSpec list(String separator) {
        return new DepartmentSpec(DepartmentStyle.LIST, separator, List.of(), List.of());
    }

    public static DepartmentSpec abbreviations(String separator) {
        return new DepartmentSpec(DepartmentStyle.ABBREVIATIONS, separator, List.of(), List.of());
    }

    public static DepartmentSpec flags(List<ColumnRef> columns) {
        return new DepartmentSpec(DepartmentStyle.FLAG_COLUMNS, "", columns, List.of());
    }

    private static String defaultSeparator(DepartmentStyle style) {
        return style == DepartmentStyle.ABBREVIATIONS ? ABBREVIATIONS_DEFAULT : LIST_DEFAULT;
    }

    /** The separator as a pattern matching one or more separator characters. */
    public Pattern separatorPattern() {
        StringBuilder cls = new StringBuilder();
        for (char c : separator.toCharArray()) {
            switch (c) {
                case ' ', '\u3000' -> cls.append("\\s\u3000");
                case ',' -> cls.append(",，");
                case ';' -> cls.append(";；");
                case '/' -> cls.append("/／");
                case '、' -> cls.append("、､");
                default -> cls.append(String.format("\\x{%x}", (int) c));
            }
        }
        return Pattern.compile("[" + cls + "]+");
    }
}
