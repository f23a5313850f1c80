package org.renkei.app.export.geo;

import java.util.List;
import java.util.Objects;

/**
 * One facility as the list exports (GeoJSON, KML, .xlsx) write it.
 *
 * @param number      1-based position in the exported list (the pin number for a plan or a case)
 * @param departments for a plan or case the departments it covers for the patient, else all it offers
 * @param km          distance from the patient or search centre; null when there is none
 * @param lat         null (with {@code lng}) when the facility has no coordinates
 */
public record ExportPoint(int number, String name, String address, String phone, List<String> departments,
                          Double km, Double lat, Double lng) {
    public ExportPoint {
        Objects.requireNonNull(name, "name");
        address = Objects.requireNonNullElse(address, "");
        phone = Objects.requireNonNullElse(phone, "");
        departments = List.copyOf(departments);
        if ((lat == null) != (lng == null)) {
            throw new IllegalArgumentException("lat and lng go together");
        }
    }

    public boolean located() {
        return lat != null;
    }
}
