package org.renkei.app.domain;

import java.util.List;

/**
 * A facility search: every listed department must be offered (AND); text matches name or kana;
 * with a centre, results are sorted nearest first and {@code maxKm} (if set) limits the distance.
 *
 * @param limit        maximum results, 0 = all
 * @param capabilities capability tags the facility must all have (on the whole facility, or on one of the listed
 *                     departments when departments are listed), held by it or by a joined record of the same place
 * @param staleOnly    only facilities with at least one fact older than the office's stale age
 */
public record SearchQuery(List<String> departments, String text, Double lat, Double lng, Double maxKm, int limit,
                          boolean includeClosed, List<String> capabilities, boolean staleOnly) {
    public SearchQuery {
        departments = List.copyOf(departments);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        text = text == null ? "" : text.strip();
        if ((lat == null) != (lng == null)) {
            throw new IllegalArgumentException("lat and lng must both be set");
        }
        if (maxKm != null && maxKm <= 0) {
            throw new IllegalArgumentException("maxKm must be positive");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0");
        }
    }

    /** A search without knowledge filters. */
    public SearchQuery(List<String> departments, String text, Double lat, Double lng, Double maxKm, int limit,
                       boolean includeClosed) {
        this(departments, text, lat, lng, maxKm, limit, includeClosed, List.of(), false);
    }

    public boolean hasCentre() {
        return lat != null;
    }

    /** The same search with other text (the service normalises what was typed). */
    public SearchQuery withText(String other) {
        return new SearchQuery(departments, other, lat, lng, maxKm, limit, includeClosed, capabilities, staleOnly);
    }
}
