package org.renkei.app.domain;

import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** A facility as stored: imported fields, staff attributes and bookkeeping. */
public record Facility(
        long id,
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
        FacilityStatus status,
        Boolean homeVisit,
        Boolean acceptingNew,
        Boolean barrierFree,
        LocalDateTime firstSeen,
        LocalDateTime lastSeen,
        List<DepartmentEntry> departments) {

    public Facility {
        Objects.requireNonNull(name, "name");
        departments = List.copyOf(departments);
    }

    public boolean hasLocation() {
        return lat != null && lng != null;
    }

    /** Canonical names of known departments, in file order, without duplicates. */
    public List<String> departmentNames() {
        return departments.stream()
                .map(d -> d.known() ? d.canonical() : d.label())
                .distinct()
                .toList();
    }

    public Facility withDepartments(List<DepartmentEntry> newDepartments) {
        return new Facility(id, source, sourceKey, name, kana, kind, postalCode, address, municipalityCode, lat, lng,
                precision, phone, url, beds, closedDays, status, homeVisit, acceptingNew, barrierFree, firstSeen,
                lastSeen, newDepartments);
    }
}
