package org.renkei.app.cases;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.match.MatchFacilities;
import org.renkei.app.match.MatchResult;
import org.renkei.app.match.Plan;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralRecord;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.StatusEvent;
import org.renkei.app.referral.WaitingReferral;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A two-clinic plan chosen from the real matcher, then walked through the closed loop with dated statuses. */
@OnEveryStore
class ReferralTrackingTest {
    static final LocalDate CHOSEN = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 4, 30);

    @Parameter
    StoreKind store;
    @TempDir
    Path tmp;
    TestDatabase place;
    Database db;
    final MutableClock clock = new MutableClock(CHOSEN);
    CaseService service;
    ReferralCase rc;
    Destination first;
    Destination second;

    @BeforeEach
    void openAndChooseATwoClinicPlan() {
        place = SampleStore.create(store, tmp);
        db = place.open();
        service = new CaseService(db, Geocoder.bundled(), DepartmentVocabulary.bundled(),
                () -> MatchFacilities.index(new FacilityService(db).allActiveWithDepartments()),
                clock);
        rc = TwoClinicPlan.choose(service, CHOSEN);
        first = rc.destinations().get(0);
        second = rc.destinations().get(1);
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
    void theChosenPlanIsStoredAsDraftsWithASnapshotAndAHistoryRow() {
        assertEquals(2, rc.destinations().size());
        assertEquals("医療法人社団喜平会　府中病院", first.name());
        assertEquals("東京都府中市美好町１－２２", first.address());
        assertEquals(List.of("内科"), first.covers());
        assertEquals(0.76, first.km(), 0.01);
        assertEquals(1, first.order());
        assertTrue(second.name().startsWith("地方独立行政法人東京都立病院機構　東京都立"), second.name());
        assertEquals(List.of("皮膚科"), second.covers());
        assertEquals(2, second.order());
        for (Destination d : rc.destinations()) {
            assertEquals(ReferralStatus.DRAFT, d.status());
            assertEquals(CHOSEN, d.statusDate());
            List<StatusEvent> h = service.history(rc.id(), d.facilityId());
            assertEquals(1, h.size());
            assertEquals(ReferralStatus.DRAFT, h.get(0).status());
        }
        assertEquals(List.of(rc.id()), ids(new CaseQuery(null, null, null, null, ReferralStatus.DRAFT)));
    }

    @Test
    void statusesWalkTheLoopAndTheHistoryKeepsEveryStep() {
        service.setStatus(rc.id(), first.facilityId(), ReferralStatus.SENT, LocalDate.of(2026, 4, 1), "郵送", null);
        service.setStatus(rc.id(), first.facilityId(), ReferralStatus.ACCEPTED, LocalDate.of(2026, 4, 8), null, null);
        ReferralCase now = service.setStatus(rc.id(), first.facilityId(), ReferralStatus.FIRST_VISIT,
                LocalDate.of(2026, 4, 20), "初診済み", null);
        service.setStatus(rc.id(), second.facilityId(), ReferralStatus.SENT, LocalDate.of(2026, 4, 2), null, null);
        ReferralCase last = service.setStatus(rc.id(), second.facilityId(), ReferralStatus.FORWARDED,
                LocalDate.of(2026, 4, 9), "皮膚科医不在", "多摩総合医療センター 皮膚科");

        assertEquals(ReferralStatus.FIRST_VISIT, now.destinations().get(0).status());
        Destination fwd = last.destinations().get(1);
        assertEquals(ReferralStatus.FORWARDED, fwd.status());
        assertEquals(LocalDate.of(2026, 4, 9), fwd.statusDate());
        assertEquals("多摩総合医療センター 皮膚科", fwd.forwardedTo());
        assertEquals("皮膚科医不在", fwd.note());

        List<StatusEvent> h = service.history(rc.id(), first.facilityId());
        assertEquals(List.of(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.ACCEPTED,
                ReferralStatus.FIRST_VISIT), h.stream().map(StatusEvent::status).toList());
        assertEquals(List.of(CHOSEN, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 8), LocalDate.of(2026, 4, 20)),
                h.stream().map(StatusEvent::day).toList());
        assertEquals("郵送", h.get(1).note());
        assertEquals("多摩総合医療センター 皮膚科", service.history(rc.id(), second.facilityId()).get(2).forwardedTo());

        List<ReferralRecord> records = service.records(YearMonth.of(2026, 3), YearMonth.of(2026, 3));
        assertEquals(2, records.size());
        ReferralRecord a = records.get(0);
        assertEquals("P-0001", a.patientId());
        assertEquals(LocalDate.of(2026, 3, 2), a.caseDate());
        assertEquals(LocalDate.of(2026, 4, 1), a.sentOn());
        assertEquals(LocalDate.of(2026, 4, 8), a.answeredOn());
        assertEquals(LocalDate.of(2026, 4, 8), a.acceptedOn());
        assertEquals(ReferralStatus.FIRST_VISIT, a.status());
        ReferralRecord b = records.get(1);
        assertEquals(LocalDate.of(2026, 4, 2), b.sentOn());
        assertEquals(LocalDate.of(2026, 4, 9), b.answeredOn());
        assertNull(b.acceptedOn());
        assertEquals("多摩総合医療センター 皮膚科", b.forwardedTo());
        assertEquals(List.of("皮膚科"), b.covers());
        assertEquals(List.of(), service.records(YearMonth.of(2026, 4), YearMonth.of(2026, 12)), "counted by case month");
    }

    @Test
    void aLetterSentBeforeThePlanWasEnteredCanBeRecordedWithItsRealDay() {
        clock.setDay(LocalDate.of(2026, 3, 10));
        long id = service.create(CaseJson.read(CaseServiceTest.FUCHU, LocalDate.of(2026, 3, 1))).id();
        Destination d = service.choosePlan(id, service.plan(id, 1).best().orElseThrow()).destinations().get(0);
        assertEquals(LocalDate.of(2026, 3, 10), d.statusDate(), "下書き on the day the plan was entered");
        ReferralCase sent = service.setStatus(id, d.facilityId(), ReferralStatus.SENT, LocalDate.of(2026, 3, 5),
                null, null);
        assertEquals(LocalDate.of(2026, 3, 5), sent.destinations().get(0).statusDate());
        assertThrows(CaseRejectedException.class, () -> service.setStatus(id, d.facilityId(),
                ReferralStatus.ACCEPTED, LocalDate.of(2026, 3, 4), null, null), "before 送付済: refused");
    }

    @Test
    void awaitingListsSentReferralsOlderThanTheWaitingDays() {
        service.setStatus(rc.id(), first.facilityId(), ReferralStatus.SENT, LocalDate.of(2026, 4, 10), null, null);
        service.setStatus(rc.id(), second.facilityId(), ReferralStatus.SENT, LocalDate.of(2026, 4, 20), null, null);
        List<WaitingReferral> w = service.awaiting(LocalDate.of(2026, 4, 30), 14);
        assertEquals(1, w.size(), "20 days waiting: listed; 10 days: not");
        assertEquals(first.facilityId(), w.get(0).destination().facilityId());
        assertEquals(LocalDate.of(2026, 4, 10), w.get(0).sentOn());
        assertEquals(20, w.get(0).daysWaiting(LocalDate.of(2026, 4, 30)));
        assertEquals("P-0001", w.get(0).patient().id());
        assertEquals(List.of(), service.awaiting(LocalDate.of(2026, 4, 24), 14), "exactly 14 days is not more than 14");
        assertEquals(2, service.awaiting(LocalDate.of(2026, 4, 30), 9).size());

        service.setStatus(rc.id(), first.facilityId(), ReferralStatus.DECLINED, LocalDate.of(2026, 4, 30), null, null);
        assertEquals(List.of(), service.awaiting(LocalDate.of(2026, 4, 30), 9).stream()
                .filter(x -> x.destination().facilityId() == first.facilityId()).toList(), "answered");
    }

    @Test
    void badStatusChangesAreRefusedAndChangeNothing() {
        service.setStatus(rc.id(), first.facilityId(), ReferralStatus.SENT, LocalDate.of(2026, 4, 10), null, null);
        ReferralCase before = service.get(rc.id()).orElseThrow();
        List<StatusEvent> history = service.history(rc.id(), first.facilityId());
        long f = first.facilityId();
        assertEquals("転送には転送先を指定してください。", refused(() -> service.setStatus(rc.id(), f,
                ReferralStatus.FORWARDED, LocalDate.of(2026, 4, 12), null, " ")));
        refused(() -> service.setStatus(rc.id(), f, ReferralStatus.ACCEPTED, LocalDate.of(2026, 4, 12), null, "他院"));
        assertEquals("日付 2026-04-09 は前回の状態変更（2026-04-10）より前です。", refused(() -> service.setStatus(rc.id(),
                f, ReferralStatus.ACCEPTED, LocalDate.of(2026, 4, 9), null, null)));
        assertEquals("未来の日付（2026-05-01）は指定できません。", refused(() -> service.setStatus(rc.id(), f,
                ReferralStatus.ACCEPTED, LocalDate.of(2026, 5, 1), null, null)));
        assertEquals("ケース " + rc.id() + " に施設 1 の紹介先はありません。", refused(() -> service.setStatus(rc.id(),
                1, ReferralStatus.ACCEPTED, null, null, null)));
        refused(() -> service.setStatus(rc.id() + 50, f, ReferralStatus.ACCEPTED, null, null, null));
        assertEquals("日付 2026-03-01 はケースの作成日（2026-03-02）より前です。", refused(() -> service.setStatus(rc.id(),
                second.facilityId(), ReferralStatus.SENT, LocalDate.of(2026, 3, 1), null, null)));
        assertEquals(before, service.get(rc.id()).orElseThrow());
        assertEquals(history, service.history(rc.id(), f));
    }

    @Test
    void choosingAgainKeepsTrackedDestinationsAndRefusesToDropThem() {
        service.setStatus(rc.id(), first.facilityId(), ReferralStatus.SENT, LocalDate.of(2026, 4, 10), "FAX", null);
        MatchResult result = service.plan(rc.id(), 5);
        Plan oneHospital = result.best().orElseThrow();
        assertEquals(1, oneHospital.count());
        String refusal = refused(() -> service.choosePlan(rc.id(), oneHospital));
        assertTrue(refusal.contains("府中病院") && refusal.contains("送付済"), refusal);
        assertEquals(2, service.get(rc.id()).orElseThrow().destinations().size(), "unchanged");

        Plan same = result.plans().stream().filter(p -> p.count() == 2
                && p.members().get(0).facility().id().equals(String.valueOf(first.facilityId()))).findFirst()
                .orElseThrow();
        ReferralCase again = service.choosePlan(rc.id(), same);
        Destination kept = again.destinations().get(0);
        assertEquals(ReferralStatus.SENT, kept.status(), "tracked status carried over");
        assertEquals("FAX", kept.note());
        assertEquals(List.of(ReferralStatus.DRAFT, ReferralStatus.SENT), service.history(rc.id(), first.facilityId())
                .stream().map(StatusEvent::status).toList(), "no new 下書き row for a destination kept");
    }

    @Test
    void settingsStartAsDefaultsAndAreSaved() {
        SettingsService settings = new SettingsService(db);
        assertEquals(OfficeSettings.defaults(), settings.load());
        OfficeSettings mine = new OfficeSettings("府中中央病院（架空）", "183-0022", "東京都府中市宮西町２丁目", "042-000-0001",
                "042-000-0002", "", false, 10);
        assertEquals(mine, settings.save(mine));
        assertEquals(mine, new SettingsService(db).load());
        assertThrows(CaseRejectedException.class, () -> settings.save(new OfficeSettings("x".repeat(401), "", "", "",
                "", "", true, 14)));
        assertEquals(mine, settings.load());
    }

    private List<Long> ids(CaseQuery q) {
        return service.search(q).stream().map(ReferralCase::id).toList();
    }

    private static String refused(Runnable r) {
        return assertThrows(CaseRejectedException.class, r::run).getMessage();
    }
}
