package org.renkei.app.domain;

import java.util.Objects;

/**
 * A capability tag set on a facility, for the whole facility or for one of its departments.
 *
 * @param department canonical department name, or empty for the whole facility
 * @param detail     the tag's value when it takes one (外国語: 英語・中国語), else empty
 */
public record Capability(String tag, String department, String detail, Verified verified) {
    public Capability {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(verified, "verified");
        department = department == null ? "" : department;
        detail = detail == null ? "" : detail;
    }

    public boolean wholeFacility() {
        return department.isEmpty();
    }

    /** Same tag on the same scope (the identity of a capability on a facility). */
    public boolean sameSlot(String otherTag, String otherDepartment) {
        return tag.equals(otherTag) && department.equals(otherDepartment == null ? "" : otherDepartment);
    }

    public Capability withVerified(Verified v) {
        return new Capability(tag, department, detail, v);
    }
}
