package org.renkei.app.cases;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService;
import org.renkei.app.importing.Readers;
import org.renkei.app.importing.SampleData;
import org.renkei.app.match.MatchFacilities;
import org.renkei.app.referral.AcceptanceStats;
import org.renkei.app.referral.FacilityAcceptance;
import org.renkei.app.referral.MonthCount;
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
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Four cases sent to the same two clinics (X covers 内科, Y covers 皮膚科), answered differently, read back as
 * acceptance counts, rates and a monthly series from the real status history.
 */
@OnEveryStore
class AcceptanceHistoryTest {
    static final LocalDate CREATED = LocalDate.of(2026, 1, 5);

    @Parameter
    StoreKind store;
    @TempDir
    Path tmp;
    TestDatabase place;
    Database db;
    final MutableClock clock = new MutableClock(CREATED);
    CaseService service;
    AcceptanceHistory history;
    long x;
    long y;

    @BeforeEach
    void sendFourCases() {
        place = SampleStore.create(store, tmp);
        db = place.open();
        service = new CaseService(db, Geocoder.bundled(), DepartmentVocabulary.bundled(),
                () -> MatchFacilities.index(new FacilityService(db).allActiveWithDepartments()), clock);
        history = new AcceptanceHistory(db);
        long[] c = new long[4];
        for (int i = 0; i < 4; i++) {
            c[i] = chooseTwoClinics();
        }
        clock.setDay(LocalDate.of(2026, 4, 30));
        walk(c[0], x, "2026-01-10 SENT", "2026-01-15 ACCEPTED", "2026-01-30 FIRST_VISIT");
        walk(c[0], y, "2026-01-10 SENT", "2026-01-20 DECLINED");
        walk(c[1], x, "2026-02-05 SENT", "2026-02-07 DECLINED", "2026-02-09 ACCEPTED");
        walk(c[1], y, "2026-02-05 SENT", "2026-02-08 FORWARDED");
        walk(c[2], x, "2026-02-20 SENT");
        walk(c[3], x, "2026-03-01 SENT", "2026-03-02 DECLINED", "2026-03-03 CLOSED");
        walk(c[3], y, "2026-03-01 SENT", "2026-03-05 CLOSED");
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

    private long chooseTwoClinics() {
        ReferralCase rc = TwoClinicPlan.choose(service, CREATED);
        x = rc.destinations().get(0).facilityId();
        y = rc.destinations().get(1).facilityId();
        assertEquals(List.of("内科"), rc.destinations().get(0).covers());
        assertEquals(List.of("皮膚科"), rc.destinations().get(1).covers());
        return rc.id();
    }

    private void walk(long caseId, long facility, String... steps) {
        for (String s : steps) {
            String[] p = s.split(" ");
            String to = p[1].equals("FORWARDED") ? "多摩総合医療センター" : null;
            service.setStatus(caseId, facility, ReferralStatus.valueOf(p[1]), LocalDate.parse(p[0]), null, to);
        }
    }

    @Test
    void countsFollowTheLatestAnswerAndLaterStepsCountAsAccepted() {
        Map<Long, FacilityAcceptance> all = history.byFacility();
        assertEquals(2, all.size(), "the third case's draft to Y was never sent");
        // X: accepted then 初診確認; declined then corrected to accepted; pending; declined then closed.
        assertEquals(new AcceptanceStats(2, 1, 0, 1), all.get(x).total());
        assertEquals(3, all.get(x).total().answered());
        assertEquals(2.0 / 3, all.get(x).total().rate(), 1e-12);
        // Y: declined; redirected; closed without an answer (counts as accepted).
        assertEquals(new AcceptanceStats(1, 1, 1, 0), all.get(y).total());
        assertEquals(1.0 / 3, all.get(y).total().rate(), 1e-12);
        assertEquals(Map.of("内科", new AcceptanceStats(2, 1, 0, 1)), all.get(x).byDepartment());
        assertEquals(Map.of("皮膚科", new AcceptanceStats(1, 1, 1, 0)), all.get(y).byDepartment());
        assertEquals(all.get(y), history.facility(y));
    }

    @Test
    void historyIsKeyedByTheSourceIdentityAndSurvivesAReimport() throws Exception {
        FacilityAcceptance before = history.facility(x);
        var f = new FacilityService(db).byId(x).orElseThrow();
        assertEquals(f.source(), before.source());
        assertEquals(f.sourceKey(), before.sourceKey());
        new ImportService(db, Readers.standard(), Geocoder.bundled())
                .importAll(List.of(SampleData.extract()), ImportListener.NONE);
        assertEquals(before, history.facility(x));
        assertEquals(x, new FacilityService(db).byId(x).orElseThrow().id(), "a re-import updates the row in place");
    }

    @Test
    void aFacilityNothingWasSentToHasNoRate() {
        FacilityAcceptance none = history.facility(-1);
        assertEquals(0, none.total().sent());
        assertNull(none.total().rate());
        assertEquals(AcceptanceStats.NONE, none.department("内科"));
    }

    @Test
    void monthlySeriesCountsSentAndAcceptedByTheMonthSentWithEmptyMonths() {
        assertEquals(List.of(new MonthCount(YearMonth.of(2025, 12), 0, 0), new MonthCount(YearMonth.of(2026, 1), 1, 1),
                        new MonthCount(YearMonth.of(2026, 2), 2, 1), new MonthCount(YearMonth.of(2026, 3), 1, 0),
                        new MonthCount(YearMonth.of(2026, 4), 0, 0)),
                history.monthly(x, YearMonth.of(2025, 12), YearMonth.of(2026, 4)));
        assertEquals(List.of(new MonthCount(YearMonth.of(2026, 2), 1, 0)),
                history.monthly(y, YearMonth.of(2026, 2), YearMonth.of(2026, 2)));
        assertTrue(history.monthly(y, YearMonth.of(2026, 3), YearMonth.of(2026, 3)).get(0).accepted() == 1);
        assertThrows(CaseRejectedException.class, () -> history.monthly(x, YearMonth.of(2026, 4), YearMonth.of(2026, 1)));
    }
}
