package org.renkei.app.facility;

import org.renkei.app.domain.Facility;
import org.renkei.app.domain.LinkedFacility;
import org.renkei.app.export.profile.ClinicProfile;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.OpeningHours;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the clinic profile of a stored facility: its imported name, contact, location and departments with hours,
 * the capability lines from a {@link CapabilitySource}, and the credits of every source it was imported from.
 * Staff notes are never included (the sheet is public).
 */
public final class ProfileAssembler {
    private final FacilityService facilities;
    private final CapabilitySource capabilities;

    public ProfileAssembler(FacilityService facilities, CapabilitySource capabilities) {
        this.facilities = facilities;
        this.capabilities = capabilities;
    }

    /**
     * @param office the issuing hospital (footer) and its date style
     * @param today  decides which capability facts are stale
     * @return empty when no facility has this id
     */
    public Optional<ClinicProfile> assemble(long id, OfficeSettings office, LocalDate today) {
        Optional<Facility> found = facilities.byId(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Facility f = found.get();
        Set<String> sources = new LinkedHashSet<>();
        sources.add(SourceCredits.of(f.source()));
        for (LinkedFacility other : facilities.otherSources(id)) {
            sources.add(SourceCredits.of(other.source()));
        }
        return Optional.of(new ClinicProfile(f.name(), f.kind() == null ? "" : f.kind().label(), f.postalCode(),
                f.address(), f.phone(), f.url(), f.lat(), f.lng(), f.precision(), departments(f.departments()),
                f.closedDays(), capabilities.capabilities(id, today), capabilities.registered(id), List.copyOf(sources),
                office.hospitalName(), office.eraDates()));
    }

    /**
     * One entry per department name (canonical, else the file's label) with the hours of all its entries; an
     * unknown label that is only a fragment of another department of the same facility (「代謝」 beside
     * 「代謝内科」, left by a source that split 「糖尿病・代謝内科」) is dropped.
     */
    static List<ClinicProfile.Department> departments(List<DepartmentEntry> entries) {
        Map<String, List<OpeningHours>> byName = new LinkedHashMap<>();
        for (DepartmentEntry e : entries) {
            String name = e.known() ? e.canonical() : e.label().strip();
            if (!name.isEmpty()) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).addAll(e.hours());
            }
        }
        List<ClinicProfile.Department> out = new ArrayList<>();
        for (DepartmentEntry e : entries) {
            String name = e.known() ? e.canonical() : e.label().strip();
            List<OpeningHours> hours = byName.remove(name);
            if (hours == null) {
                continue;
            }
            boolean fragment = !e.known() && entries.stream().map(d -> d.known() ? d.canonical() : d.label().strip())
                    .anyMatch(other -> !other.equals(name) && other.contains(name));
            if (!fragment) {
                out.add(new ClinicProfile.Department(name, hours.stream().distinct().toList()));
            }
        }
        return out;
    }
}
