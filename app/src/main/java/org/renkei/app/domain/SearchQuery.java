package org.renkei.app.domain;

import java.util.List;

/**
 * A facility search: every listed department must be offered (AND); text matches name or kana;
 * with a centre, results are sorted nearest first and {@code maxKm} (if set) limits the distance.
 *
 * @param limit maximum results, 0 = all
 */
public record SearchQuery(List<String> departments, String text, Double lat, Double lng, Double maxKm, int limit,
                          boolean includeClosed) {
    public SearchQuery {
        departments = List.copyOf(departments);
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

    public boolean hasCentre() {
        return lat != null;
    }
}
