package org.renkei.app.ui.detail;

import org.renkei.app.domain.Facility;
import org.renkei.app.domain.LinkedFacility;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/** Loads one facility with its departments ({@code FacilityService::byId} in production). Slow: off the UI thread. */
@FunctionalInterface
public interface FacilityLookup {
    Optional<Facility> byId(long id);

    /** The same facility as other sources list it (shown as 「他の出典」); none unless the lookup knows links. */
    default List<LinkedFacility> otherSources(long id) {
        return List.of();
    }

    /** A lookup that also knows the other sources ({@code FacilityService::otherSources} in production). */
    static FacilityLookup of(LongFunction<Optional<Facility>> byId, LongFunction<List<LinkedFacility>> otherSources) {
        return new FacilityLookup() {
            @Override
            public Optional<Facility> byId(long id) {
                return byId.apply(id);
            }

            @Override
            public List<LinkedFacility> otherSources(long id) {
                return otherSources.apply(id);
            }
        };
    }
}
