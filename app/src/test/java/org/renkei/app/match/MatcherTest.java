package org.renkei.app.match;

import org.renkei.app.domain.GeoMath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Behaviour of the matcher on small hand-made maps; points lie north of the patient at whole km. */
class MatcherTest {
    static final double LAT = 35.0;
    static final double LNG = 139.0;

    static double north(double km) {
        return LAT + Math.toDegrees(km / GeoMath.EARTH_RADIUS_KM);
    }

    static MatchFacility f(String id, double km, String... depts) {
        return Fixtures.at(id, north(km), LNG, depts);
    }

    static MatchResult match(List<MatchFacility> fs, MatchRequest.Builder b) {
        return Matcher.match(MatchIndex.build(fs), b.build());
    }

    static MatchRequest.Builder need(String... depts) {
        return MatchRequest.builder(LAT, LNG, List.of(depts));
    }

    static List<String> ids(Plan p) {
        List<String> out = new ArrayList<>();
        p.members().forEach(m -> out.add(m.facility().id()));
        return out;
    }

    @Test
    void singleFacilityCoveringAllWins() {
        List<MatchFacility> fs = List.of(f("A", 1, "内科"), f("B", 1.2, "皮膚科"), f("C", 4, "内科", "皮膚科"));
        MatchResult r = match(fs, need("内科", "皮膚科"));
        assertEquals(List.of("C"), ids(r.plans().get(0)));
        assertEquals(List.of("内科", "皮膚科"), r.plans().get(0).members().get(0).covers());
        assertEquals(List.of("A", "B"), ids(r.plans().get(1)));
        assertTrue(r.explanation().startsWith("1か所で全科を受診できます。2位の案より施設数が1か所少ない"), r.explanation());
    }

    @Test
    void equalCountsAreRankedByTotalDistance() {
        List<MatchFacility> fs = List.of(f("A", 1, "内科"), f("B", 1.2, "皮膚科"), f("D", 2, "皮膚科"));
        MatchResult r = match(fs, need("内科", "皮膚科"));
        assertEquals(List.of("A", "B"), ids(r.plans().get(0)));
        assertEquals(List.of("A", "D"), ids(r.plans().get(1)));
        assertEquals(2.2, r.plans().get(0).totalKm(), 1e-9);
        assertEquals("2位の案より合計距離が0.8 km短い。", r.explanation());
    }

    @Test
    void alternativesAreDistinctSetsAndIrredundant() {
        List<MatchFacility> fs = List.of(f("A", 1, "内科", "皮膚科"), f("B", 0.5, "内科", "皮膚科"),
                f("C", 0.2, "内科"), f("D", 0.3, "皮膚科"));
        MatchResult r = match(fs, need("内科", "皮膚科").top(5));
        List<List<String>> plans = r.plans().stream().map(MatcherTest::ids).toList();
        assertEquals(List.of(List.of("B"), List.of("A"), List.of("C", "D")), plans.subList(0, 3));
        Set<Set<String>> sets = new HashSet<>();
        plans.forEach(p -> assertTrue(sets.add(Set.copyOf(p)), "duplicate " + p));
        for (Plan p : r.plans()) {
            p.members().forEach(m -> assertTrue(!m.covers().isEmpty(), "redundant member in " + ids(p)));
        }
    }

    @Test
    void departmentGoesToNearestCapableMember() {
        List<MatchFacility> fs = List.of(f("A", 1, "内科", "眼科"), f("B", 2, "内科", "皮膚科"));
        Plan p = match(fs, need("内科", "眼科", "皮膚科")).plans().get(0);
        assertEquals(List.of("内科", "眼科"), p.members().get(0).covers());
        assertEquals(List.of("皮膚科"), p.members().get(1).covers());
    }

    @Test
    void exactTiesGoToTheSmallerIds() {
        List<MatchFacility> fs = List.of(f("Z9", 1, "内科"), f("A1", 1, "内科"), f("M5", 1, "内科"));
        MatchResult r = match(fs, need("内科"));
        assertEquals(List.of("A1"), ids(r.plans().get(0)));
        assertEquals(List.of("M5"), ids(r.plans().get(1)));
        assertEquals(List.of("Z9"), ids(r.plans().get(2)));
        assertEquals("1か所で全科を受診できます。2位の案と同条件のため、施設番号の順で選びました。", r.explanation());
    }

    @Test
    void preferenceBreaksDistanceTies() {
        MatchFacility liked = new MatchFacility("Z", "好評", "", "", north(1), LNG,
                MatchFacility.unknownHours(List.of("内科")), true, true, true, 2.5);
        MatchResult r = match(List.of(f("A", 1, "内科"), liked), need("内科"));
        assertEquals(List.of("Z"), ids(r.plans().get(0)));
        assertTrue(r.explanation().contains("評価が高い"), r.explanation());
    }

    @Test
    void keptDepartmentsAreNotMatched() {
        List<MatchFacility> fs = List.of(f("A", 1, "内科"), f("B", 1, "皮膚科"));
        MatchResult r = match(fs, need("内科", "皮膚科").keep(Set.of("皮膚科")));
        assertEquals(List.of("A"), ids(r.plans().get(0)));
        assertEquals(List.of("内科"), r.plans().get(0).members().get(0).covers());
        MatchResult all = match(fs, need("内科").keep(Set.of("内科")));
        assertTrue(all.plans().isEmpty() && all.uncovered().isEmpty());
        assertTrue(all.explanation().startsWith("紹介が必要な診療科はありません"));
    }

    @Test
    void distanceLimitIsInclusive() {
        MatchFacility a = f("A", 5, "内科");
        double exact = GeoMath.km(LAT, LNG, a.lat(), a.lng());
        MatchResult r = match(List.of(a, f("B", 5.001, "内科")), need("内科").maxKm(exact));
        assertEquals(1, r.plans().size());
        assertEquals(List.of("A"), ids(r.plans().get(0)));
    }

    @Test
    void eachRequirementNeedsAKnownTrueAttribute() {
        Map<Requirement, MatchFacility> near = Map.of(
                Requirement.HOME_VISIT, f("N", 1, "内科").withAttributes(false, true, true),
                Requirement.ACCEPTING, f("N", 1, "内科").withAttributes(true, null, true),
                Requirement.BARRIER_FREE, f("N", 1, "内科").withAttributes(true, true, false));
        for (Map.Entry<Requirement, MatchFacility> e : near.entrySet()) {
            List<MatchFacility> fs = List.of(e.getValue(), f("F", 3, "内科"));
            assertEquals(List.of("N"), ids(match(fs, need("内科")).plans().get(0)));
            MatchResult r = match(fs, need("内科").require(Set.of(e.getKey())));
            assertEquals(List.of("F"), ids(r.plans().get(0)), e.getKey().code());
        }
        MatchFacility unknown = f("U", 1, "内科").withAttributes(null, null, null);
        MatchResult r = match(List.of(unknown), need("内科").require(Set.of(Requirement.HOME_VISIT)));
        assertTrue(r.plans().isEmpty());
        assertNull(r.uncovered().get(0).nearest());
    }

    @Test
    void noCandidatesReportsNearestBeyondTheLimit() {
        List<MatchFacility> fs = List.of(f("A", 12, "内科"), f("B", 30, "内科", "眼科"), f("C", 300, "皮膚科"));
        MatchResult r = match(fs, need("内科", "眼科", "皮膚科").maxKm(5));
        assertTrue(r.plans().isEmpty());
        assertEquals(List.of("内科", "眼科", "皮膚科"), r.uncovered().stream().map(Uncovered::dept).toList());
        assertEquals("A", r.uncovered().get(0).nearest().id());
        assertEquals(12, r.uncovered().get(0).nearestKm(), 1e-9);
        assertEquals("B", r.uncovered().get(1).nearest().id());
        assertEquals(300, r.uncovered().get(2).nearestKm(), 1e-9);
        assertEquals("条件を満たす施設が範囲内にありません。内科・眼科・皮膚科は範囲内に対応できる施設がありません。",
                r.explanation());
    }

    @Test
    void departmentNobodyOffersHasNoNearest() {
        MatchResult r = match(List.of(f("A", 1, "内科")), need("内科", "放射線科"));
        assertEquals(List.of("A"), ids(r.plans().get(0)));
        assertEquals(1, r.uncovered().size());
        assertEquals("放射線科", r.uncovered().get(0).dept());
        assertNull(r.uncovered().get(0).nearest());
        assertNull(r.uncovered().get(0).nearestKm());
        assertTrue(r.explanation().contains("1か所で範囲内の全科を受診できます"), r.explanation());
    }

    @Test
    void subDepartmentsCoverTheirParentOnlyWithTheOption() {
        List<MatchFacility> fs = List.of(f("K", 1, "循環器内科"), f("N", 4, "内科"));
        assertEquals(List.of("N"), ids(match(fs, need("内科")).plans().get(0)));
        MatchResult on = match(fs, need("内科").allowSubDepartment((a, n) -> a.equals("内科") && n.equals("循環器内科")));
        assertEquals(List.of("K"), ids(on.plans().get(0)));
        assertEquals(List.of("内科"), on.plans().get(0).members().get(0).covers());
        MatchResult reverse = match(List.of(f("N", 1, "内科")),
                need("循環器内科").allowSubDepartment((a, n) -> a.equals("内科") && n.equals("循環器内科")));
        assertTrue(reverse.plans().isEmpty(), "a parent does not cover its child");
    }

    @Test
    void resultsAreDeterministic() {
        List<MatchFacility> fs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            fs.add(f("F" + (i % 7) + "-" + i, 1 + (i % 5), i % 2 == 0 ? "内科" : "眼科", i % 3 == 0 ? "皮膚科" : "内科"));
        }
        MatchResult a = match(fs, need("内科", "眼科", "皮膚科").top(6));
        java.util.Collections.reverse(fs);
        MatchResult b = match(fs, need("内科", "眼科", "皮膚科").top(6));
        assertEquals(a.plans().stream().map(MatcherTest::ids).toList(), b.plans().stream().map(MatcherTest::ids).toList());
        assertNotEquals(0, a.plans().size());
    }

    @Test
    void limitsBeyondHalfTheEarthStillFindEveryFacility() {
        for (double km : new double[] {40_100, 50_000, 1e12}) {
            MatchResult r = match(List.of(f("A", 0, "内科"), f("B", 3, "眼科")), need("内科", "眼科").maxKm(km));
            assertEquals(1, r.plans().size(), "km " + km);
            assertEquals(2, r.plans().get(0).count(), "km " + km);
            assertTrue(r.uncovered().isEmpty(), "km " + km);
        }
    }

}
