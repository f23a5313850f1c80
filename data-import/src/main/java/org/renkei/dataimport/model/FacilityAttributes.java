package org.renkei.dataimport.model;

import java.util.Objects;

/** Staff-kept attributes from an attribute file ({@code ID,home_visit,accepting_new,barrier_free}). */
public record FacilityAttributes(String sourceKey, boolean homeVisit, boolean acceptingNew, boolean barrierFree) {
    public FacilityAttributes {
        Objects.requireNonNull(sourceKey, "sourceKey");
    }
}
