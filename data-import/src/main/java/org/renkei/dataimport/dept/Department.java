package org.renkei.dataimport.dept;

import java.util.Objects;

/**
 * A canonical department (診療科).
 *
 * @param name    canonical Japanese name, e.g. 耳鼻いんこう科
 * @param code    5-digit MHLW 診療科目コード, or empty when the department has none (retired names)
 * @param reading reading in hiragana for search and auto-completion, e.g. じびいんこうか
 * @param parent  canonical name of the parent department (循環器内科 → 内科), or empty
 */
public record Department(String name, String code, String reading, String parent) {
    public Department {
        Objects.requireNonNull(name, "name");
        code = code == null ? "" : code;
        reading = reading == null ? "" : reading;
        parent = parent == null ? "" : parent;
    }
}
