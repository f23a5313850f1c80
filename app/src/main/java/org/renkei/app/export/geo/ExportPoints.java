package org.renkei.app.export.geo;

import org.renkei.app.domain.Facility;
import org.renkei.app.match.Plan;
import org.renkei.app.match.PlanMember;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.search.SearchHit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Export points from what the app has in hand: facilities, search hits, a matcher plan, a case's destinations. */
public final class ExportPoints {
    private ExportPoints() {
    }

    /** Hits in their order (nearest first when the search had a centre), with their distances. */
    public static List<ExportPoint> fromHits(List<SearchHit> hits) {
        List<ExportPoint> out = new ArrayList<>();
        for (SearchHit h : hits) {
            out.add(of(out.size() + 1, h.facility(), h.km()));
        }
        return out;
    }

    /** A plan's members, nearest first as the matcher orders them, with the departments each covers. */
    public static List<ExportPoint> fromPlan(Plan plan) {
        List<ExportPoint> out = new ArrayList<>();
        for (PlanMember m : plan.members()) {
            var f = m.facility();
            out.add(new ExportPoint(out.size() + 1, f.name(), f.address(), f.phone(), m.covers(), m.km(), f.lat(),
                    f.lng()));
        }
        return out;
    }

    /** A case's chosen destinations, numbered as on the handout's map. */
    public static List<ExportPoint> fromCase(ReferralCase c) {
        return c.destinations().stream().sorted(Comparator.comparingInt(Destination::order))
                .map(d -> new ExportPoint(d.order(), d.name(), d.address(), d.phone(), d.covers(), d.km(),
                        d.lat() != null && d.lng() != null ? d.lat() : null,
                        d.lat() != null && d.lng() != null ? d.lng() : null))
                .toList();
    }

    private static ExportPoint of(int number, Facility f, Double km) {
        boolean located = f.hasLocation();
        return new ExportPoint(number, f.name(), f.address(), f.phone(), f.departmentNames(), km,
                located ? f.lat() : null, located ? f.lng() : null);
    }
}
