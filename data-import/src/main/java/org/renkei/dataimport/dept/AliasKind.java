package org.renkei.dataimport.dept;

import java.util.Locale;

/** Why a label is an alias of a canonical department. */
public enum AliasKind {
    /** Abbreviation used in the regional health bureau (厚生局) lists, e.g. 整外 → 整形外科. */
    ABBREVIATION,
    /** Another spelling of the same department, e.g. 耳鼻咽喉科 → 耳鼻いんこう科. */
    SYNONYM,
    /** An abolished name whose department lives on under the canonical name, e.g. 理学診療科. */
    RETIRED;

    /** The kind for its lower-case code in the resource file ({@code abbreviation}, …). */
    public static AliasKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
