package org.renkei.app.match;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A facility as the matcher sees it.
 *
 * @param departments  canonical department name to its opening information
 * @param homeVisit    訪問診療 column of the imported list; null = unknown, which never satisfies a requirement
 * @param acceptingNew accepting new patients (imported); null = unknown
 * @param barrierFree  barrier-free access (imported); null = unknown
 * @param preference   higher is better (docs/ranking.md; {@link Preference#score} of the profile when built from one)
 * @param profile      the office's knowledge: capability tags, 登録医, acceptance history, freshness
 */
public record MatchFacility(String id, String name, String address, String phone, double lat, double lng,
                            Map<String, DeptOpening> departments, Boolean homeVisit, Boolean acceptingNew,
                            Boolean barrierFree, double preference, FacilityProfile profile) {

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
        profile = profile == null ? FacilityProfile.NONE : profile;
    }

    /** A facility without a profile and with a preference given directly. */
    public MatchFacility(String id, String name, String address, String phone, double lat, double lng,
                         Map<String, DeptOpening> departments, Boolean homeVisit, Boolean acceptingNew,
                         Boolean barrierFree, double preference) {
        this(id, name, address, phone, lat, lng, departments, homeVisit, acceptingNew, barrierFree, preference,
                FacilityProfile.NONE);
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

    /** True when the imported attribute behind the requirement is known to be true, or its tag is set. */
    public boolean satisfies(Requirement r) {
        Boolean v = switch (r) {
            case HOME_VISIT -> homeVisit;
            case BARRIER_FREE -> barrierFree;
            case ACCEPTING -> acceptingNew;
        };
        return Boolean.TRUE.equals(v) || profile.tags().contains(r.tag());
    }

    /**
     * Whether the facility has the capability {@code tag} for {@code department}: the tag on the whole facility or on
     * that department, or, for 訪問診療 / バリアフリー / 新患受付中, the imported column known true.
     */
    public boolean satisfies(String tag, String department) {
        if (profile.hasTag(tag, department)) {
            return true;
        }
        return Requirement.forTag(tag).map(this::satisfies).orElse(false);
    }

    /** Copy with other attributes. */
    public MatchFacility withAttributes(Boolean homeVisit, Boolean acceptingNew, Boolean barrierFree) {
        return new MatchFacility(id, name, address, phone, lat, lng, departments, homeVisit, acceptingNew,
                barrierFree, preference, profile);
    }

    /** Copy with this profile and its {@link Preference#score} as the preference. */
    public MatchFacility withProfile(FacilityProfile p) {
        return new MatchFacility(id, name, address, phone, lat, lng, departments, homeVisit, acceptingNew,
                barrierFree, p.preference(), p);
    }
}
