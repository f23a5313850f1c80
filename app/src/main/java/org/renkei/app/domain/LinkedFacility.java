package org.renkei.app.domain;

import java.util.Objects;

/** One side of a facility link: enough to tell a person which facility it is. */
public record LinkedFacility(long id, String source, String sourceKey, String name, String address,
                             FacilityStatus status) {
    public LinkedFacility {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceKey, "sourceKey");
        name = name == null ? "" : name;
        address = address == null ? "" : address;
    }
}
