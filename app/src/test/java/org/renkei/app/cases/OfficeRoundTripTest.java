package org.renkei.app.cases;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.renkei.app.domain.SearchQuery;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.importing.FileReport;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService;
import org.renkei.app.importing.Readers;
import org.renkei.app.importing.SampleData;
import org.renkei.app.match.MatchFacilities;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.search.SearchHit;
import org.renkei.app.search.SearchService;
import org.renkei.app.store.Database;
import org.renkei.app.store.OnEveryStore;
import org.renkei.app.store.StoreKind;
import org.renkei.app.store.TestDatabase;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.Geocoder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An office's day on each store: import the bundled real sample (583 Tokyo hospitals), search it, create a case,
 * plan it with the real matcher, choose the plan, record answers, find the case again — then reopen and read it back.
 */
@OnEveryStore
class OfficeRoundTripTest {
    @Parameter
    StoreKind store;
    @TempDir
    Path tmp;
    TestDatabase place;
    Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
        if (place != null) {
            place.close();
        }
    }

    CaseService cases(MutableClock clock) {
        Database open = db;
        return new CaseService(open, Geocoder.bundled(), DepartmentVocabulary.bundled(),
                () -> MatchFacilities.index(new FacilityService(open).allActiveWithDepartments()), clock);
    }

    @Test
    void importSearchCasePlanStatusAndSearchAgain() throws Exception {
        place = store.create(tmp);
        db = place.open();
        List<FileReport> reports = new ImportService(db, Readers.standard(), Geocoder.bundled())
                .importAll(List.of(SampleData.extract()), ImportListener.NONE);
        assertEquals(583, reports.get(0).added());
        assertEquals(583, new FacilityService(db).stats().facilities());

        SearchService search = new SearchService(db);
        List<SearchHit> byName = search.search(new SearchQuery(List.of(), "府中病院", null, null, null, 0, false));
        assertTrue(byName.stream().anyMatch(h -> h.facility().name().equals("医療法人社団喜平会　府中病院")),
                byName.toString());
        List<SearchHit> near = search.search(new SearchQuery(List.of("皮膚科"), "", 35.6689, 139.4776, 3.0, 5, false));
        assertTrue(!near.isEmpty() && near.size() <= 5);
        for (int i = 1; i < near.size(); i++) {
            assertTrue(near.get(i).km() >= near.get(i - 1).km(), "nearest first");
        }

        MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 2));
        CaseService service = cases(clock);
        ReferralCase rc = TwoClinicPlan.choose(service, LocalDate.of(2026, 3, 2));
        Destination first = rc.destinations().get(0);
        assertEquals("医療法人社団喜平会　府中病院", first.name());
        assertEquals(0.76, first.km(), 0.01);
        clock.setDay(LocalDate.of(2026, 4, 30));
        service.setStatus(rc.id(), first.facilityId(), ReferralStatus.SENT, LocalDate.of(2026, 4, 1), "郵送", null);
        service.setStatus(rc.id(), first.facilityId(), ReferralStatus.ACCEPTED, LocalDate.of(2026, 4, 8), null, null);
        long second = rc.destinations().get(1).facilityId();
        service.setStatus(rc.id(), second, ReferralStatus.SENT, LocalDate.of(2026, 4, 2), null, null);

        assertEquals(List.of(rc.id()), ids(service, new CaseQuery(null, "ふちゅう", null, null, null)));
        assertEquals(List.of(rc.id()), ids(service, new CaseQuery("P-0001", null, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), ReferralStatus.ACCEPTED)));
        assertEquals(List.of(), ids(service, new CaseQuery(null, null, null, null, ReferralStatus.DECLINED)));
        assertEquals(List.of(second), service.awaiting(LocalDate.of(2026, 4, 30), 14).stream()
                .map(w -> w.destination().facilityId()).toList(), "sent four weeks ago, no answer yet");

        db.close();
        db = place.open();
        ReferralCase back = cases(clock).get(rc.id()).orElseThrow();
        assertEquals(ReferralStatus.ACCEPTED, back.destinations().get(0).status());
        assertEquals(LocalDate.of(2026, 4, 8), back.destinations().get(0).statusDate());
        assertEquals(rc.patient(), back.patient());
        assertEquals(List.of(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED),
                cases(clock).history(rc.id(), first.facilityId()).stream().map(e -> e.status()).toList());
    }

    private static List<Long> ids(CaseService service, CaseQuery q) {
        return service.search(q).stream().map(ReferralCase::id).toList();
    }
}
