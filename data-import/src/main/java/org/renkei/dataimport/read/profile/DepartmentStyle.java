package org.renkei.dataimport.read.profile;

/** How a user's list writes the departments of a facility. */
public enum DepartmentStyle {
    /** No department column (a per-department list can still give every row the same departments). */
    NONE,
    /** One cell listing department names, split on a separator (、 , ; / ・ or spaces). */
    LIST,
    /**
     * One cell of 厚生局-style abbreviations (内 外 整外 皮 耳い …) separated by spaces or the separator; a token written
     * without separators (内皮) is split into known abbreviations when it can be split completely.
     */
    ABBREVIATIONS,
    /** One column per department, header = department name, a mark (○ 〇 ◯ ● ✓ 1 …) meaning yes. */
    FLAG_COLUMNS
}
