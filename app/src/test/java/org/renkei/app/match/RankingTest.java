package org.renkei.app.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.renkei.app.match.MatcherTest.f;
import static org.renkei.app.match.MatcherTest.ids;
import static org.renkei.app.match.MatcherTest.match;
import static org.renkei.app.match.MatcherTest.need;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Each preference factor moves a plan only within its rank; 実績優先 puts preference before distance only. */
class RankingTest {
    static final FacilityProfile REGISTERED = profile(true, 0, 0, 0, 0);
    static final FacilityProfile UNREGISTERED = profile(false, 0, 0, 0, 0);

    static FacilityProfile profile(Boolean registered, int accepted, int answered, int fresh, int stale) {
        return new FacilityProfile(Set.of(), Map.of(), registered, accepted, answered, fresh, stale);
    }

    static MatchFacility with(MatchFacility f, FacilityProfile p) {
        return f.withProfile(p);
    }

    @Test
    void theFormulaAndTheWorkedExampleOfTheDoc() {
        assertEquals(0.5, Preference.acceptance(0, 0), 1e-12, "no answers: the prior mean");
        assertEquals(7.0 / 10, Preference.acceptance(5, 6), 1e-12);
        assertEquals(2.0 / 7, Preference.acceptance(0, 3), 1e-12);
        assertEquals(0, Preference.freshness(0, 0), 1e-12);
        assertEquals(0.25, Preference.freshness(0, 3), 1e-12);
        assertEquals(1, Preference.freshness(4, 0), 1e-12);
        assertEquals(0.625, Preference.freshness(1, 1), 1e-12);
        // docs/ranking.md: clinic P (登録医, 5 of 6 accepted, 3 facts fresh, 1 stale) and clinic Q (nothing known).
        assertEquals(0.4 + 0.4 * 0.7 + 0.2 * (0.25 + 0.75 * 3 / 4), profile(true, 5, 6, 3, 1).preference(), 1e-12);
        assertEquals(0.8425, profile(true, 5, 6, 3, 1).preference(), 1e-12);
        assertEquals(0.2, FacilityProfile.NONE.preference(), 1e-12);
        assertEquals(0.0, Preference.W_REGISTERED + Preference.W_ACCEPTANCE + Preference.W_FRESHNESS - 1, 1e-12);
    }

    @Test
    void everyFactorOrdersAsDocumentedAndStaysWithinZeroAndOne() {
        assertTrue(REGISTERED.preference() > UNREGISTERED.preference());
        assertEquals(UNREGISTERED.preference(), profile(null, 0, 0, 0, 0).preference(), 1e-12, "unknown = not registered");
        assertTrue(profile(false, 5, 6, 0, 0).preference() > UNREGISTERED.preference(), "accepts beat no history");
        assertTrue(profile(false, 0, 3, 0, 0).preference() < UNREGISTERED.preference(), "refusals fall below it");
        assertTrue(profile(false, 50, 60, 0, 0).preference() > profile(false, 5, 6, 0, 0).preference(),
                "the same rate on a larger sample moves further from the prior");
        assertTrue(profile(false, 0, 0, 2, 0).preference() > profile(false, 0, 0, 0, 2).preference(), "fresh > stale");
        assertTrue(profile(false, 0, 0, 0, 2).preference() > UNREGISTERED.preference(), "stale > never verified");
        assertTrue(profile(false, 0, 40, 0, 0).preference() >= 0);
        assertTrue(profile(true, 40, 40, 5, 0).preference() <= 1);
    }

    @Test
    void equalCountAndDistanceRegisteredWins() {
        MatchFacility a = with(f("A", 2, "内科"), UNREGISTERED);
        MatchFacility b = with(f("B", 2, "内科"), REGISTERED);
        MatchResult r = match(List.of(a, b), need("内科"));
        assertEquals(List.of("B"), ids(r.plans().get(0)), "same place: 登録医 first although A has the smaller id");
        assertTrue(r.explanation().contains("評価が高い（登録医）"), r.explanation());
    }

    @Test
    void equalCountAndDistanceTheBetterHistoryAndTheFresherProfileWin() {
        MatchFacility good = with(f("Z", 2, "内科"), profile(false, 5, 6, 0, 0));
        MatchFacility poor = with(f("A", 2, "内科"), profile(false, 1, 6, 0, 0));
        assertEquals(List.of("Z"), ids(match(List.of(good, poor), need("内科")).plans().get(0)));
        MatchFacility fresh = with(f("Y", 2, "内科"), profile(false, 0, 0, 3, 0));
        MatchFacility stale = with(f("B", 2, "内科"), profile(false, 0, 0, 0, 3));
        MatchFacility never = with(f("A", 2, "内科"), UNREGISTERED);
        MatchResult r = match(List.of(never, stale, fresh), need("内科"));
        assertEquals(List.of("Y", "B", "A"), r.plans().stream().map(p -> ids(p).get(0)).toList());
        assertEquals("1か所で全科を受診できます。2位の案と同じ距離で、評価が高い。", r.explanation());
        assertEquals(List.of("確認日が古い"), stale.profile().reasons());
        assertEquals(List.of("受入 5/6"), good.profile().reasons());
    }

    @Test
    void aCloserUnregisteredClinicBeatsAFartherRegisteredOne() {
        MatchFacility near = with(f("N", 1.0, "内科"), profile(false, 0, 5, 0, 4));
        MatchFacility far = with(f("F", 1.1, "内科"), profile(true, 9, 9, 5, 0));
        MatchResult r = match(List.of(near, far), need("内科"));
        assertEquals(List.of("N"), ids(r.plans().get(0)));
        assertEquals(List.of("F"), ids(r.plans().get(1)));
    }

    @Test
    void fewerFacilitiesBeatEverythingInBothOrders() {
        MatchFacility one = with(f("O", 4.9, "内科", "皮膚科"), profile(false, 0, 10, 0, 3));
        MatchFacility a = with(f("A", 0.3, "内科"), profile(true, 10, 10, 4, 0));
        MatchFacility b = with(f("B", 0.4, "皮膚科"), profile(true, 10, 10, 4, 0));
        for (boolean prefFirst : new boolean[] {false, true}) {
            MatchResult r = match(List.of(one, a, b), need("内科", "皮膚科").preferenceFirst(prefFirst));
            assertEquals(List.of("O"), ids(r.plans().get(0)), "preference first = " + prefFirst);
            assertEquals(List.of("A", "B"), ids(r.plans().get(1)));
        }
    }

    @Test
    void preferenceFirstPutsTheFartherRegisteredClinicFirstAndDistanceBreaksItsTies() {
        MatchFacility near = with(f("N", 1.0, "内科"), UNREGISTERED);
        MatchFacility far = with(f("F", 4.0, "内科"), REGISTERED);
        MatchFacility farther = with(f("G", 4.5, "内科"), REGISTERED);
        MatchResult r = match(List.of(near, far, farther), need("内科").preferenceFirst(true));
        assertEquals(List.of("F", "G", "N"), r.plans().stream().map(p -> ids(p).get(0)).toList());
        assertEquals("1か所で全科を受診できます。2位の案と同じ評価で、合計距離が0.5 km短い。", r.explanation());
        MatchResult two = match(List.of(near, farther), need("内科").preferenceFirst(true));
        assertEquals("1か所で全科を受診できます。実績優先のため、2位の案より評価の高い施設を選びました（登録医）。",
                two.explanation());
        MatchResult plain = match(List.of(near, far, farther), need("内科"));
        assertEquals(List.of("N", "F", "G"), plain.plans().stream().map(p -> ids(p).get(0)).toList());
        assertFalse(plain.explanation().contains("実績優先"));
    }

    @Test
    void preferenceFirstStillListsMembersNearestFirstAndGivesDepartmentsToTheNearest() {
        MatchFacility near = with(f("N", 1.0, "内科", "皮膚科"), UNREGISTERED);
        MatchFacility reg = with(f("R", 3.0, "内科"), REGISTERED);
        MatchFacility skin = with(f("S", 2.0, "皮膚科"), REGISTERED);
        MatchResult r = match(List.of(near, reg, skin), need("内科", "皮膚科").preferenceFirst(true).top(5));
        Plan two = r.plans().stream().filter(p -> p.count() == 2).findFirst().orElseThrow();
        assertEquals(List.of("S", "R"), ids(two), "the two registered clinics; members nearest first");
        assertEquals(List.of("皮膚科"), two.members().get(0).covers());
        assertEquals(List.of("内科"), two.members().get(1).covers());
    }
}
