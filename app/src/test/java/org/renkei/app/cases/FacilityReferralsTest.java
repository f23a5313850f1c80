package org.renkei.app.cases;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.match.MatchFacilities;
import org.renkei.app.match.Plan;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.FacilityReferral;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A facility's referral history from tracked cases on the real sample: rows with case ids, monthly counts. */
@OnEveryStore
class FacilityReferralsTest {
    @Parameter
    StoreKind store;
    @TempDir
    Path tmp;
    TestDatabase place;
    Database db;
    final MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 2));
    CaseService cases;
    FacilityReferrals referrals;

    @BeforeEach
    void open() {
        place = SampleStore.create(store, tmp);
        db = place.open();
        cases = new CaseService(db, Geocoder.bundled(), DepartmentVocabulary.bundled(),
                () -> MatchFacilities.index(new FacilityService(db).allActiveWithDepartments()), clock);
        referrals = new FacilityReferrals(db);
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
    void threeCasesToTheSameHospitalShowAsRowsAndMonths() {
        ReferralCase c1 = chooseOnePlan(LocalDate.of(2026, 3, 2));
        Destination d1 = c1.destinations().get(0);
        long facility = d1.facilityId();
        ReferralCase c2 = chooseOnePlan(LocalDate.of(2026, 4, 6));
        ReferralCase c3 = chooseOnePlan(LocalDate.of(2026, 4, 20));
        assertEquals(facility, c2.destinations().get(0).facilityId(), "the same patient gives the same best plan");
        assertEquals(facility, c3.destinations().get(0).facilityId());
        cases.setStatus(c1.id(), facility, ReferralStatus.SENT, LocalDate.of(2026, 3, 3), null, null);
        cases.setStatus(c1.id(), facility, ReferralStatus.ACCEPTED, LocalDate.of(2026, 3, 10), null, null);
        cases.setStatus(c1.id(), facility, ReferralStatus.FIRST_VISIT, LocalDate.of(2026, 4, 1), null, null);
        cases.setStatus(c2.id(), facility, ReferralStatus.SENT, LocalDate.of(2026, 4, 7), null, null);
        cases.setStatus(c2.id(), facility, ReferralStatus.DECLINED, LocalDate.of(2026, 4, 9), "満床", null);

        List<FacilityReferral> rows = referrals.referrals(facility);
        assertEquals(List.of(c3.id(), c2.id(), c1.id()), rows.stream().map(FacilityReferral::caseId).toList());
        FacilityReferral draft = rows.get(0);
        assertEquals(ReferralStatus.DRAFT, draft.status());
        assertNull(draft.sentOn());
        FacilityReferral first = rows.get(2);
        assertEquals(ReferralStatus.FIRST_VISIT, first.status());
        assertEquals(LocalDate.of(2026, 3, 3), first.sentOn());
        assertEquals(LocalDate.of(2026, 3, 10), first.acceptedOn());
        assertEquals(d1.covers(), first.covers());
        assertEquals(LocalDate.of(2026, 4, 7), rows.get(1).sentOn());
        assertNull(rows.get(1).acceptedOn());

        List<org.renkei.app.referral.MonthCount> months = new AcceptanceHistory(db).monthly(facility,
                YearMonth.of(2026, 3), YearMonth.of(2026, 4));
        assertEquals(List.of(1, 1), months.stream().map(org.renkei.app.referral.MonthCount::sent).toList(),
                "the chart's series counts the same referrals the table shows as sent");
        assertEquals(List.of(), referrals.referrals(facility + 100_000));
    }

    /** A case of the fictional 府中 patient created on {@code day} with its best plan chosen. */
    private ReferralCase chooseOnePlan(LocalDate day) {
        clock.setDay(day);
        ReferralCase draft = CaseJson.read(CaseServiceTest.FUCHU, day);
        long id = cases.create(draft).id();
        Plan best = cases.plan(id, 1).plans().get(0);
        return cases.choosePlan(id, best);
    }
}
