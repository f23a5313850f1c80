package org.renkei.app.cases;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.renkei.app.domain.Verified;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.match.FacilityProfile;
import org.renkei.app.match.MatchIndex;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Plan;
import org.renkei.app.match.Preference;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.store.Database;
import org.renkei.app.store.OnEveryStore;
import org.renkei.app.store.StoreKind;
import org.renkei.app.store.TestDatabase;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.Geocoder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Knowledge and acceptance history read from the store into the matcher's profiles, and used by case planning. */
@OnEveryStore
class FacilityProfilesTest {
    static final LocalDate CREATED = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 4, 30);

    @Parameter
    StoreKind store;
    @TempDir
    Path tmp;
    TestDatabase place;
    Database db;
    final MutableClock clock = new MutableClock(CREATED);
    CaseService service;
    long caseId;
    long internal;
    long skin;

    @BeforeEach
    void open() {
        place = SampleStore.create(store, tmp);
        db = place.open();
        service = new CaseService(db, Geocoder.bundled(), DepartmentVocabulary.bundled(),
                () -> new FacilityProfiles(db, clock).index(), clock);
        ReferralCase rc = TwoClinicPlan.choose(service, CREATED);
        caseId = rc.id();
        internal = rc.destinations().get(0).facilityId();
        skin = rc.destinations().get(1).facilityId();
        clock.setDay(TODAY);
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
        if (place != null) {
            place.close();
        }
    }

    @Test
    void profilesCarryTagsRegisteredFreshnessAndHistory() {
        KnowledgeService k = new KnowledgeService(db);
        k.tag(internal, "在宅酸素", "", "内科", Verified.on(LocalDate.of(2024, 1, 10), "田中"));
        k.tag(internal, "バリアフリー", "", "", Verified.on(LocalDate.of(2026, 4, 1), "田中"));
        k.setRegistered(skin, true, Verified.on(LocalDate.of(2026, 4, 1), "田中"));
        service.setStatus(caseId, internal, ReferralStatus.SENT, LocalDate.of(2026, 3, 3), null, null);
        service.setStatus(caseId, internal, ReferralStatus.ACCEPTED, LocalDate.of(2026, 3, 9), null, null);
        service.setStatus(caseId, skin, ReferralStatus.SENT, LocalDate.of(2026, 3, 3), null, null);

        Map<Long, FacilityProfile> all = new FacilityProfiles(db, clock).load();
        FacilityProfile a = all.get(internal);
        assertEquals(Set.of("バリアフリー"), a.tags());
        assertEquals(Map.of("内科", Set.of("在宅酸素")), a.departmentTags());
        assertEquals(1, a.freshFacts());
        assertEquals(1, a.staleFacts(), "verified 2024-01-10: older than 12 months on 2026-04-30");
        assertEquals(1, a.accepted());
        assertEquals(1, a.answered());
        assertEquals(List.of("受入 1/1", "確認日が古い"), a.reasons());
        FacilityProfile b = all.get(skin);
        assertTrue(b.isRegistered());
        assertEquals(0, b.answered(), "sent, no answer yet");
        assertEquals(0.4 + 0.4 * 0.5 + 0.2, b.preference(), 1e-12);
        assertEquals(2, all.size(), "only facilities with knowledge or history");

        MatchIndex index = new FacilityProfiles(db, clock).index();
        double pref = -1;
        for (int i = 0; ; i++) {
            if (index.facility(i).id().equals(String.valueOf(skin))) {
                pref = index.facility(i).preference();
                break;
            }
        }
        assertEquals(b.preference(), pref, 1e-12);
        assertEquals(Preference.score(FacilityProfile.NONE), 0.2, 1e-12);
    }

    @Test
    void casePlanningUsesPreferenceFirstWithoutLettingItBeatFewerFacilities() {
        MatchResult plain = service.plan(caseId, 10);
        assertEquals(1, plain.plans().get(0).count(), "the sample has a hospital covering both departments");
        List<Plan> twos = plain.plans().stream().filter(p -> p.count() == 2).toList();
        assertTrue(twos.size() >= 2, "several two-facility plans: " + twos.size());
        Plan last = twos.get(twos.size() - 1);
        KnowledgeService k = new KnowledgeService(db);
        for (var m : last.members()) {
            k.setRegistered(Long.parseLong(m.facility().id()), true, Verified.on(TODAY, ""));
        }
        MatchResult same = service.plan(caseId, 10);
        assertEquals(ids(plain.plans()), ids(same.plans()), "default order: registration only breaks exact ties");

        MatchResult pref = service.plan(caseId, 10, true);
        assertEquals(ids(List.of(plain.plans().get(0))).get(0), ids(pref.plans()).get(0),
                "実績優先 keeps fewest facilities first");
        Plan firstTwo = pref.plans().stream().filter(p -> p.count() == 2).findFirst().orElseThrow();
        assertEquals(ids(List.of(last)), ids(List.of(firstTwo)), "the registered pair leads the two-facility plans");
    }

    private static List<Set<String>> ids(List<Plan> plans) {
        return plans.stream().map(p -> Set.copyOf(p.members().stream().map(m -> m.facility().id()).toList())).toList();
    }
}
