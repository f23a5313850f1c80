package org.renkei.app.match;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A facility as the matcher sees it.
 *
 * @param departments canonical department name to its opening information
 * @param homeVisit    訪問診療; null = unknown, which never satisfies a requirement
 * @param acceptingNew accepting new patients; null = unknown
 * @param barrierFree  barrier-free access; null = unknown
 * @param preference   higher is better; 0 when nothing is known
 */
public record MatchFacility(String id, String name, String address, String phone, double lat, double lng,
                            Map<String, DeptOpening> departments, Boolean homeVisit, Boolean acceptingNew,
                            Boolean barrierFree, double preference) {

    public MatchFacility {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        address = address == null ? "" : address;
        phone = phone == null ? "" : phone;
        if (!Double.isFinite(lat) || !Double.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            throw new IllegalArgumentException("bad coordinates for " + id + ": " + lat + "," + lng);
        }
        if (!Double.isFinite(preference)) {
            throw new IllegalArgumentException("bad preference for " + id);
        }
        departments = Map.copyOf(departments);
    }

    /** A facility with unknown hours for each department and unknown attributes. */
    public static MatchFacility of(String id, String name, double lat, double lng, Collection<String> departments) {
        return new MatchFacility(id, name, "", "", lat, lng, unknownHours(departments), null, null, null, 0);
    }

    /** Maps each department to {@link DeptOpening#UNKNOWN}. */
    public static Map<String, DeptOpening> unknownHours(Collection<String> departments) {
        Map<String, DeptOpening> m = new LinkedHashMap<>();
        for (String d : departments) {
            m.put(d, DeptOpening.UNKNOWN);
        }
        return m;
    }

    /** True when the attribute behind the requirement is known to be true. */
    public boolean satisfies(Requirement r) {
        Boolean v = switch (r) {
            case HOME_VISIT -> homeVisit;
            case BARRIER_FREE -> barrierFree;
            case ACCEPTING -> acceptingNew;
        };
        return Boolean.TRUE.equals(v);
    }

    /** Copy with other attributes. */
    public MatchFacility withAttributes(Boolean homeVisit, Boolean acceptingNew, Boolean barrierFree) {
        return new MatchFacility(id, name, address, phone, lat, lng, departments, homeVisit, acceptingNew,
                barrierFree, preference);
    }
}
