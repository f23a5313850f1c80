package org.renkei.app.ui.main;

import org.renkei.app.facility.FacilityService;

/** The store's statistics ({@code FacilityService::stats} in production). Slow: off the UI thread. */
@FunctionalInterface
public interface StatsSource {
    FacilityService.Stats stats();
}
