package org.renkei.app.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Random small instances: the matcher against {@link BruteForceMatcher}. */
class MatcherPropertyTest {
    private static final String[] NEEDED = {"内科", "皮膚科", "眼科", "整形外科", "循環器内科"};
    private static final String[] OFFERED = {"内科", "皮膚科", "眼科", "整形外科", "循環器内科", "消化器内科"};
    private static final String[] TAGS = {"訪問診療", "在宅酸素", "バリアフリー"};
    private static final double LAT = 35.68;
    private static final double LNG = 139.70;

    static boolean isAncestor(String ancestor, String name) {
        return ancestor.equals("内科") && name.endsWith("内科") && !name.equals("内科");
    }

    @Property(tries = 250)
    void agreesWithBruteForce(@ForAll @IntRange(min = 0, max = 25) int n, @ForAll long seed) {
        Random rnd = new Random(seed);
        List<MatchFacility> fs = facilities(rnd, n);
        MatchRequest req = request(rnd);

        MatchResult mine = Matcher.match(MatchIndex.build(fs), req);
        BruteForceMatcher.Answer truth = BruteForceMatcher.solve(fs, req);

        assertEquals(truth.plans().size(), mine.plans().size(), "plan count");
        for (int i = 0; i < truth.plans().size(); i++) {
            Plan p = mine.plans().get(i);
            assertEquals(truth.plans().get(i).size(), p.count(), "count of plan " + i);
            assertEquals(truth.totalKm().get(i), p.totalKm(), 1e-9, "total km of plan " + i);
            assertEquals(truth.pref().get(i), p.members().stream()
                    .mapToLong(m -> Math.round(m.facility().preference() * 1e9)).sum(), "preference of plan " + i);
            assertEquals(new HashSet<>(truth.plans().get(i)), ids(p), "members of plan " + i);
        }
        Map<String, Double> unc = new TreeMap<>();
        mine.uncovered().forEach(u -> unc.put(u.dept(), u.nearestKm()));
        assertEquals(truth.uncovered().keySet(), unc.keySet(), "uncovered");
        truth.uncovered().forEach((d, km) -> {
            if (km == null) {
                assertNull(unc.get(d));
            } else {
                assertEquals(km, unc.get(d), 1e-9);
            }
        });
        checkPlanShape(mine, req);
    }

    /** Each plan assigns every coverable department exactly once, to its nearest capable member. */
    private static void checkPlanShape(MatchResult r, MatchRequest req) {
        Set<Set<String>> seen = new HashSet<>();
        for (Plan p : r.plans()) {
            assertEquals(true, seen.add(ids(p)), "plans are distinct sets");
            List<String> assigned = new ArrayList<>();
            for (PlanMember m : p.members()) {
                assertFalse(m.covers().isEmpty(), "every member covers something");
                for (String d : m.covers()) {
                    assigned.add(d);
                    for (PlanMember other : p.members()) {
                        if (other.km() < m.km() && BruteForceMatcher.eligible(other.facility(), d, req)) {
                            throw new AssertionError(d + " should go to the nearer " + other.facility().id());
                        }
                    }
                }
            }
            assertEquals(new HashSet<>(assigned).size(), assigned.size(), "each department once");
            assertEquals(req.needed().size() - r.uncovered().size(), assigned.size(), "all coverable assigned");
        }
    }

    private static Set<String> ids(Plan p) {
        Set<String> s = new HashSet<>();
        p.members().forEach(m -> s.add(m.facility().id()));
        return s;
    }

    private static List<MatchFacility> facilities(Random rnd, int n) {
        List<MatchFacility> out = new ArrayList<>();
        double[][] spots = new double[3][];
        for (int s = 0; s < spots.length; s++) {
            spots[s] = new double[] {LAT + (rnd.nextDouble() - 0.5) * 0.1, LNG + (rnd.nextDouble() - 0.5) * 0.1};
        }
        for (int i = 0; i < n; i++) {
            boolean shared = rnd.nextInt(4) == 0; // same point as others: exact distance ties
            double[] at = shared ? spots[rnd.nextInt(spots.length)]
                    : new double[] {LAT + (rnd.nextDouble() - 0.5) * 0.16, LNG + (rnd.nextDouble() - 0.5) * 0.16};
            Map<String, DeptOpening> depts = new LinkedHashMap<>();
            int k = 1 + rnd.nextInt(3);
            for (int j = 0; j < k; j++) {
                depts.put(OFFERED[rnd.nextInt(OFFERED.length)], opening(rnd));
            }
            double pref = rnd.nextInt(3) == 0 ? rnd.nextInt(3) : 0;
            MatchFacility f = new MatchFacility(String.format("F%02d", rnd.nextInt(100)) + "-" + i, "施設" + i, "", "",
                    at[0], at[1], depts, flag(rnd), flag(rnd), flag(rnd), pref);
            out.add(rnd.nextInt(3) == 0 ? f : f.withProfile(profile(rnd, depts.keySet())));
        }
        return out;
    }

    /** Random knowledge: a few tags (some per department), 登録医, a small history; few distinct values, so ties. */
    private static FacilityProfile profile(Random rnd, Set<String> depts) {
        Set<String> tags = new HashSet<>();
        Map<String, Set<String>> byDept = new LinkedHashMap<>();
        for (String t : TAGS) {
            if (rnd.nextInt(3) == 0) {
                tags.add(t);
            } else if (rnd.nextInt(3) == 0) {
                String d = rnd.nextBoolean() ? "内科" : depts.iterator().next();
                byDept.computeIfAbsent(d, k -> new HashSet<>()).add(t);
            }
        }
        int answered = rnd.nextInt(3);
        int fresh = rnd.nextInt(2);
        return new FacilityProfile(tags, byDept, rnd.nextInt(3) == 0 ? null : rnd.nextBoolean(),
                rnd.nextInt(answered + 1), answered, fresh, rnd.nextInt(2));
    }

    private static DeptOpening opening(Random rnd) {
        return rnd.nextInt(4) == 0 ? DeptOpening.UNKNOWN
                : new DeptOpening(true, rnd.nextBoolean(), rnd.nextInt(4) == 0, rnd.nextBoolean());
    }

    private static Boolean flag(Random rnd) {
        int v = rnd.nextInt(6);
        return v == 0 ? null : v > 1;
    }

    private static MatchRequest request(Random rnd) {
        List<String> depts = new ArrayList<>(List.of(NEEDED));
        java.util.Collections.shuffle(depts, rnd);
        depts = depts.subList(0, 1 + rnd.nextInt(NEEDED.length));
        Set<String> keep = new HashSet<>();
        if (rnd.nextInt(4) == 0) {
            keep.add(depts.get(rnd.nextInt(depts.size())));
        }
        Set<Requirement> require = EnumSet.noneOf(Requirement.class);
        for (Requirement r : Requirement.values()) {
            if (rnd.nextInt(5) == 0) {
                require.add(r);
            }
        }
        Set<Opening> open = EnumSet.noneOf(Opening.class);
        for (Opening o : Opening.values()) {
            if (rnd.nextInt(6) == 0) {
                open.add(o);
            }
        }
        Set<String> tags = new HashSet<>();
        for (String t : TAGS) {
            if (rnd.nextInt(5) == 0) {
                tags.add(t);
            }
        }
        MatchRequest.Builder b = MatchRequest.builder(LAT, LNG, depts).keep(keep).maxKm(1 + rnd.nextDouble() * 7)
                .require(require).requireTags(tags).open(open).top(1 + rnd.nextInt(4))
                .preferenceFirst(rnd.nextBoolean());
        if (rnd.nextBoolean()) {
            b.allowSubDepartment(MatcherPropertyTest::isAncestor);
        }
        return b.build();
    }
}
