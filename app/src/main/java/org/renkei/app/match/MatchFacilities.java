package org.renkei.app.match;

import org.renkei.app.domain.Facility;
import org.renkei.dataimport.model.DepartmentEntry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns stored facilities into what the matcher indexes: located, active, known departments only. */
public final class MatchFacilities {
    private MatchFacilities() {
    }

    public static List<MatchFacility> from(Collection<Facility> facilities) {
        return from(facilities, Map.of());
    }

    /**
     * With the office's knowledge: each facility's profile (tags, 登録医, acceptance history, freshness) by facility id,
     * its preference {@link Preference#score}; a facility without an entry gets {@link FacilityProfile#NONE}.
     */
    public static List<MatchFacility> from(Collection<Facility> facilities, Map<Long, FacilityProfile> profiles) {
        List<MatchFacility> out = new ArrayList<>(facilities.size());
        for (Facility f : facilities) {
            if (!f.hasLocation()) {
                continue;
            }
            Map<String, DeptOpening> depts = new LinkedHashMap<>();
            for (DepartmentEntry d : f.departments()) {
                if (d.known()) {
                    depts.merge(d.canonical(), DeptOpening.fromHours(d.hours()), MatchFacilities::either);
                }
            }
            if (depts.isEmpty()) {
                continue;
            }
            FacilityProfile p = profiles.getOrDefault(f.id(), FacilityProfile.NONE);
            out.add(new MatchFacility(String.valueOf(f.id()), f.name(), f.address(), f.phone(), f.lat(), f.lng(),
                    depts, f.homeVisit(), f.acceptingNew(), f.barrierFree(), p.preference(), p));
        }
        return out;
    }

    public static MatchIndex index(Collection<Facility> facilities) {
        return MatchIndex.build(from(facilities));
    }

    public static MatchIndex index(Collection<Facility> facilities, Map<Long, FacilityProfile> profiles) {
        return MatchIndex.build(from(facilities, profiles));
    }

    /** Two labels resolving to one department: open whenever either is. */
    private static DeptOpening either(DeptOpening a, DeptOpening b) {
        if (!a.hoursKnown()) {
            return b;
        }
        if (!b.hoursKnown()) {
            return a;
        }
        return new DeptOpening(true, a.saturday() || b.saturday(), a.sunday() || b.sunday(), a.evening() || b.evening());
    }
}
