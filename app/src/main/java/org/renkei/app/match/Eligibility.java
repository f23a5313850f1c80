package org.renkei.app.match;

import org.renkei.app.domain.GeoMath;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which facilities may cover which needed department under one request's constraints. */
final class Eligibility {
    private final MatchIndex index;
    private final MatchRequest req;
    private final Set<String> tags;

    Eligibility(MatchIndex index, MatchRequest req) {
        this.index = index;
        this.req = req;
        this.tags = req.requiredTags();
    }

    /** The index departments that cover {@code needed}: itself and, with the option, its descendants. */
    List<String> keys(String needed) {
        List<String> keys = new ArrayList<>();
        if (index.departments().contains(needed)) {
            keys.add(needed);
        }
        if (req.allowSubDepartment()) {
            for (String d : index.departments()) {
                if (!d.equals(needed) && req.covers(d, needed)) {
                    keys.add(d);
                }
            }
        }
        return keys;
    }

    /**
     * Every required capability holds for the facility covering {@code needed} through its department {@code key}:
     * on the whole facility, on that department (or on the needed one), or from the imported column.
     */
    boolean capable(int i, String key, String needed) {
        MatchFacility f = index.facility(i);
        for (String t : tags) {
            if (!f.satisfies(t, key) && (key.equals(needed) || !f.satisfies(t, needed))) {
                return false;
            }
        }
        return true;
    }

    /** The facility may cover {@code needed} through its department {@code key}. */
    boolean eligible(int i, String key, String needed) {
        return capable(i, key, needed) && opensFor(i, key);
    }

    /** The facility's department {@code key} meets the opening constraints. */
    boolean opensFor(int i, String key) {
        DeptOpening o = index.facility(i).departments().get(key);
        return o != null && o.satisfies(req.open());
    }

    /** The nearest eligible facility for a department, wherever it is. */
    Uncovered nearestBeyond(String needed) {
        MatchFacility best = null;
        double bestKm = Double.MAX_VALUE;
        for (String key : keys(needed)) {
            int i = index.nearest(key, req.lat(), req.lng(), 2 * req.maxKm(),
                    j -> eligible(j, key, needed));
            if (i < 0) {
                continue;
            }
            MatchFacility f = index.facility(i);
            double km = GeoMath.km(req.lat(), req.lng(), f.lat(), f.lng());
            if (km < bestKm || km == bestKm && f.id().compareTo(best.id()) < 0) {
                best = f;
                bestKm = km;
            }
        }
        return best == null ? new Uncovered(needed, null, null) : new Uncovered(needed, best, bestKm);
    }
}
