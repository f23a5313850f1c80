package org.renkei.app.domain;

import java.util.Objects;

/** A facility's stable identity across re-imports and databases: its source and the key within that source. */
public record FacilityKey(String source, String sourceKey) {
    public FacilityKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceKey, "sourceKey");
    }

    public static FacilityKey of(Facility f) {
        return new FacilityKey(f.source(), f.sourceKey());
    }
}
