package org.renkei.dataimport.dept;

import java.util.Objects;

/** A label that resolves to a canonical department, e.g. 整外 → 整形外科 (abbreviation). */
public record DepartmentAlias(String alias, String canonical, AliasKind kind) {
    public DepartmentAlias {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(kind, "kind");
    }
}
