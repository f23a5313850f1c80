package org.renkei.dataimport.model;

import org.renkei.dataimport.geo.Precision;

import java.util.List;
import java.util.Objects;

/**
 * One facility as read from a file, after normalisation. Identity is (source, sourceKey).
 *
 * @param lat       latitude, {@code null} when unknown (the importer geocodes the address then)
 * @param precision how lat/lng were obtained: {@link Precision#SOURCE} when the file gave them
 * @param closedDays weekly closing days as text, e.g. "日,祝" (empty when none or unknown)
 */
public record FacilityRecord(
        String source,
        String sourceKey,
        String name,
        String kana,
        FacilityKind kind,
        String postalCode,
        String address,
        String municipalityCode,
        Double lat,
        Double lng,
        Precision precision,
        String phone,
        String url,
        Integer beds,
        String closedDays,
        List<DepartmentEntry> departments) {

    public FacilityRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(precision, "precision");
        departments = List.copyOf(departments);
        kana = kana == null ? "" : kana;
        postalCode = postalCode == null ? "" : postalCode;
        address = address == null ? "" : address;
        municipalityCode = municipalityCode == null ? "" : municipalityCode;
        phone = phone == null ? "" : phone;
        url = url == null ? "" : url;
        closedDays = closedDays == null ? "" : closedDays;
        if ((lat == null) != (lng == null)) {
            throw new IllegalArgumentException("lat and lng must both be set or both be null");
        }
    }

    public boolean hasCoordinates() {
        return lat != null;
    }

    public FacilityRecord withLocation(double newLat, double newLng, Precision newPrecision, String newMunicipalityCode) {
        return new FacilityRecord(source, sourceKey, name, kana, kind, postalCode, address,
                newMunicipalityCode == null || newMunicipalityCode.isEmpty() ? municipalityCode : newMunicipalityCode,
                newLat, newLng, newPrecision, phone, url, beds, closedDays, departments);
    }

    public FacilityRecord withDepartments(List<DepartmentEntry> newDepartments) {
        return new FacilityRecord(source, sourceKey, name, kana, kind, postalCode, address, municipalityCode,
                lat, lng, precision, phone, url, beds, closedDays, newDepartments);
    }
}
