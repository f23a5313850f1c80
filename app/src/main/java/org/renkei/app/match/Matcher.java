package org.renkei.app.match;

import org.renkei.app.domain.GeoMath;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact matcher: the fewest facilities, then the least total distance, then the highest total preference,
 * then the sorted id list; with 実績優先 ({@link MatchRequest#preferenceFirst}) preference comes before distance.
 * Stateless and thread-safe.
 */
public final class Matcher {

    private Matcher() {
    }

    /** Answers one request against an index. */
    public static MatchResult match(MatchIndex index, MatchRequest req) {
        long t0 = System.nanoTime();
        Eligibility el = new Eligibility(index, req);
        List<String> needed = req.needed();
        Map<Integer, Candidate> found = new HashMap<>();
        for (int bit = 0; bit < needed.size(); bit++) {
            collect(index, req, el, bit, needed.get(bit), found);
        }
        int target = 0;
        for (Candidate c : found.values()) {
            target |= c.mask;
        }
        List<Uncovered> uncovered = new ArrayList<>();
        for (int bit = 0; bit < needed.size(); bit++) {
            if ((target & (1 << bit)) == 0) {
                uncovered.add(el.nearestBeyond(needed.get(bit)));
            }
        }
        List<Candidate> cands = new ArrayList<>(found.values());
        cands.sort(Candidate.ORDER);
        List<Plan> plans = new ArrayList<>();
        for (int[] members : new PlanSearch(cands, target, req.top()).run()) {
            plans.add(toPlan(cands, members, target, needed));
        }
        String why = Explanation.of(plans, uncovered, needed.size(), req.preferenceFirst());
        double ms = (System.nanoTime() - t0) / 1e6;
        return new MatchResult(plans, uncovered, why, cands.size(), ms);
    }

    private static void collect(MatchIndex index, MatchRequest req, Eligibility el, int bit, String needed,
                                Map<Integer, Candidate> found) {
        int flag = 1 << bit;
        for (String key : el.keys(needed)) {
            index.forEachNear(key, req.lat(), req.lng(), req.maxKm(), i -> {
                Candidate c = found.get(i);
                if (c != null) {
                    if ((c.mask & flag) == 0 && el.eligible(i, key, needed)) {
                        c.mask |= flag;
                    }
                    return;
                }
                if (!el.eligible(i, key, needed)) {
                    return;
                }
                MatchFacility f = index.facility(i);
                double km = GeoMath.km(req.lat(), req.lng(), f.lat(), f.lng());
                if (km <= req.maxKm()) {
                    Candidate n = new Candidate(f, km, req.preferenceFirst());
                    n.mask = flag;
                    found.put(i, n);
                }
            });
        }
    }

    /** Members nearest first; each department goes to the first (nearest) member that can cover it. */
    private static Plan toPlan(List<Candidate> cands, int[] positions, int target, List<String> needed) {
        List<Candidate> sorted = new ArrayList<>();
        for (int p : positions) {
            sorted.add(cands.get(p));
        }
        sorted.sort(Candidate.NEAREST);
        int[] assigned = new int[sorted.size()];
        for (int bit = 0; bit < needed.size(); bit++) {
            if ((target & (1 << bit)) == 0) {
                continue;
            }
            for (int m = 0; m < sorted.size(); m++) {
                if ((sorted.get(m).mask & (1 << bit)) != 0) {
                    assigned[m] |= 1 << bit;
                    break;
                }
            }
        }
        List<PlanMember> members = new ArrayList<>();
        double km = 0;
        double pref = 0;
        for (int m = 0; m < sorted.size(); m++) {
            Candidate c = sorted.get(m);
            List<String> covers = new ArrayList<>();
            for (int bit = 0; bit < needed.size(); bit++) {
                if ((assigned[m] & (1 << bit)) != 0) {
                    covers.add(needed.get(bit));
                }
            }
            members.add(new PlanMember(c.facility, covers, c.km));
            km += c.km;
            pref += c.facility.preference();
        }
        return new Plan(members, km, pref);
    }
}
