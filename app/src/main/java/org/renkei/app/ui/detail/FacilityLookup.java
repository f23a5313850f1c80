package org.renkei.app.ui.detail;

import org.renkei.app.domain.Facility;

import java.util.Optional;

/** Loads one facility with its departments ({@code FacilityService::byId} in production). Slow: off the UI thread. */
@FunctionalInterface
public interface FacilityLookup {
    Optional<Facility> byId(long id);
}
