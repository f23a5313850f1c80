package org.renkei.app.cases;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.renkei.app.domain.Verified;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.PlanMember;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.store.Database;
import org.renkei.app.store.OnEveryStore;
import org.renkei.app.store.StoreKind;
import org.renkei.app.store.TableSnapshot;
import org.renkei.app.store.TestDatabase;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.Geocoder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case's requirements name any capability tag of the office's vocabulary: checked when stored, kept, and used by
 * the plan, on the real sample (583 Tokyo hospitals) with the knowledge set through {@link KnowledgeService}.
 */
@OnEveryStore
class CaseCapabilityNeedsTest {
    static final LocalDate TODAY = CaseServiceTest.TODAY;
    static final Verified BY = Verified.on(TODAY, "連携室 鈴木");

    @Parameter
    StoreKind store;
    @TempDir
    Path tmp;
    TestDatabase place;
    Database db;
    CaseService service;
    KnowledgeService knowledge;

    @BeforeEach
    void open() {
        place = SampleStore.create(store, tmp);
        db = place.open();
        Clock clock = CaseServiceTest.clockAt(TODAY);
        service = new CaseService(db, Geocoder.bundled(), DepartmentVocabulary.bundled(),
                () -> new FacilityProfiles(db, clock).index(), clock);
        knowledge = new KnowledgeService(db);
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

    /** The example patient needing 内科 only, with these requirements. */
    static ReferralCase internal(List<String> require) {
        ReferralCase c = CaseServiceTest.fuchu();
        return new ReferralCase(0, c.patient(), c.referrer(), c.details(),
                new MatchNeeds(List.of("内科"), List.of(), 5, require), null, null, null, TODAY, null);
    }

    static PlanMember best(MatchResult r) {
        return r.plans().get(0).members().get(0);
    }

    @Test
    void aTaggedFacilityIsChosenOverANearerUntaggedOne() {
        ReferralCase plain = service.create(internal(List.of()));
        MatchResult before = service.plan(plain.id(), 2);
        PlanMember nearest = best(before);
        PlanMember second = before.plans().get(1).members().get(0);
        assertTrue(nearest.km() < second.km(), nearest.km() + " < " + second.km());
        knowledge.tag(Long.parseLong(second.facility().id()), "在宅酸素", "", "", BY);

        ReferralCase oxygen = service.create(internal(List.of("在宅酸素")));
        assertEquals(List.of("在宅酸素"), oxygen.needs().require(), "stored by its vocabulary name");
        MatchResult after = service.plan(oxygen.id(), 3);
        assertEquals(second.facility().id(), best(after).facility().id(), "the 在宅酸素 clinic, though farther");
        assertEquals(1, after.plans().size(), "no other clinic has 在宅酸素");
        assertEquals(nearest.facility().id(), best(service.plan(plain.id(), 1)).facility().id(),
                "the case without the requirement still gets the nearest");
        assertEquals(0, service.plan(service.create(internal(List.of("在宅酸素", "認知症"))).id(), 1)
                .plans().size(), "every tag must hold: nobody has 認知症");
    }

    @Test
    void oldCodesAndTheirTagsAreOneRequirementAndTagNamesAreFolded() {
        ReferralCase rc = service.create(internal(List.of("訪問診療", "home_visit", " 在宅酸素 ", "２４時間対応",
                "accepting", "新患受付中")));
        assertEquals(List.of("home-visit", "在宅酸素", "24時間対応", "accepting"), rc.needs().require(),
                "訪問診療 is home-visit, full-width digits folded (NFKC) to the vocabulary's spelling");
        assertEquals(rc, service.get(rc.id()).orElseThrow(), "kept as stored");
    }

    @Test
    void anUnknownTagIsRefusedWithTheCloseTagsAndNothingIsWritten() throws Exception {
        List<String> before = TableSnapshot.of(db);
        CaseRejectedException e = assertThrows(CaseRejectedException.class,
                () -> service.create(internal(List.of("在宅酸索"))));
        assertTrue(e.getMessage().startsWith("条件「在宅酸索」は能力タグの語彙にありません。近いタグ: 在宅酸素。"),
                e.getMessage());
        assertEquals(before, TableSnapshot.of(db), "nothing written");

        ReferralCase stored = service.create(internal(List.of("在宅酸素")));
        ReferralCase edited = new ReferralCase(stored.id(), stored.patient(), stored.referrer(), stored.details(),
                new MatchNeeds(List.of("内科"), List.of(), 5, List.of("胃瘻")), stored.homeLat(), stored.homeLng(),
                stored.destinations(), stored.createdOn(), stored.updatedAt());
        CaseRejectedException u = assertThrows(CaseRejectedException.class, () -> service.update(edited));
        assertTrue(u.getMessage().contains("近いタグ: 胃ろう"), u.getMessage());
        assertEquals(stored, service.require(stored.id()), "the stored case is as it was");
        assertEquals(1, service.search(CaseQuery.all()).size());
    }

    @Test
    void aTagTheOfficeAddedCanBeRequiredOnceItIsInTheVocabulary() {
        assertThrows(CaseRejectedException.class, () -> service.create(internal(List.of("禁煙外来"))));
        knowledge.addVocabularyTag("禁煙外来", false);
        ReferralCase rc = service.create(internal(List.of("禁煙外来")));
        ReferralCase edited = service.update(new ReferralCase(rc.id(), rc.patient(), rc.referrer(), rc.details(),
                new MatchNeeds(List.of("内科"), List.of(), 5, List.of("禁煙外来", "認知症")), rc.homeLat(), rc.homeLng(),
                rc.destinations(), rc.createdOn(), rc.updatedAt()));
        assertEquals(List.of("禁煙外来", "認知症"), edited.needs().require());
        assertNotEquals(0, service.plan(rc.id(), 1).uncovered().size(), "nobody has the new tag yet");
    }
}
