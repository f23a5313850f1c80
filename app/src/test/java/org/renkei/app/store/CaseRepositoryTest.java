package org.renkei.app.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.referral.CaseDetails;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.MatchNeeds;
import org.renkei.app.referral.Patient;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.Referrer;
import org.renkei.app.referral.Sex;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cases and their destinations on a real H2 file. */
class CaseRepositoryTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 9, 30);

    @TempDir
    Path tmp;
    Database db;
    final CaseRepository cases = new CaseRepository();
    final DestinationRepository destinations = new DestinationRepository();
    long clinicA;
    long clinicB;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(tmp.resolve("db"), TestPassword.chars());
        clinicA = facility("A", "府中みやにしクリニック");
        clinicB = facility("B", "けやき皮ふ科");
    }

    @AfterEach
    void close() {
        db.close();
    }

    long facility(String key, String name) throws Exception {
        return db.inTransaction(c -> {
            long batch = new ImportBatchRepository().start(c, "t.csv", "0".repeat(64), "test", "test", "", NOW);
            return new FacilityRepository().insert(c, new FacilityRecord("test", key, name, "", FacilityKind.CLINIC,
                    "1830022", "東京都府中市宮西町2-1", "13206", 35.67, 139.48, Precision.SOURCE, "042-111-2222", "",
                    null, "", List.of()), "", "h", batch, NOW);
        });
    }

    static ReferralCase sample(String patientId, String kana, LocalDate created) {
        Patient p = new Patient(patientId, "府中 太郎", kana, Sex.MALE, LocalDate.of(1950, 1, 31),
                "東京都府中市宮西町２丁目１", "042-000-0000", "無職");
        CaseDetails d = new CaseDetails(List.of("2型糖尿病", "慢性湿疹"), "継続診療のお願い", "父: 高血圧",
                "HbA1c 7.0%", "内服で安定", List.of("メトホルミン 500mg 2錠 分2", "ヘパリン類似物質 外用"), "特記なし");
        MatchNeeds n = new MatchNeeds(List.of("内科", "皮膚科", "眼科"), List.of("眼科"), 4.5, List.of("accepting"));
        return new ReferralCase(0, p, new Referrer("佐藤 一郎", "総合診療科"), d, n, 35.671, 139.478, List.of(), created,
                null);
    }

    long insert(ReferralCase rc) throws Exception {
        return db.inTransaction(c -> cases.insert(c, rc, NOW));
    }

    ReferralCase find(long id) throws Exception {
        try (Connection c = db.connection()) {
            return cases.find(c, id).orElseThrow();
        }
    }

    List<Long> search(CaseQuery q) throws Exception {
        try (Connection c = db.connection()) {
            return cases.search(c, q).stream().map(ReferralCase::id).toList();
        }
    }

    @Test
    void insertedCaseReadsBackFieldByFieldAfterReopening() throws Exception {
        ReferralCase rc = sample("P-1", "フチュウ タロウ", LocalDate.of(2026, 3, 1));
        long id = insert(rc);
        db.close();
        db = Database.open(tmp.resolve("db"), TestPassword.chars());
        ReferralCase back = find(id);
        assertEquals(rc.withId(id), new ReferralCase(back.id(), back.patient(), back.referrer(), back.details(),
                back.needs(), back.homeLat(), back.homeLng(), back.destinations(), back.createdOn(), null));
        assertEquals(NOW, back.updatedAt());
        assertEquals(List.of("内科", "皮膚科", "眼科"), back.needs().departments(), "order kept");
        assertEquals(List.of("メトホルミン 500mg 2錠 分2", "ヘパリン類似物質 外用"), back.details().prescriptions());
    }

    @Test
    void caseWithoutBirthDateHomeOrListsReadsBackEmpty() throws Exception {
        ReferralCase bare = new ReferralCase(0, new Patient("P-2", "名前", null, null, null, null, null, null), null,
                null, new MatchNeeds(List.of(), List.of(), 5, List.of()), null, null, null, LocalDate.of(2026, 1, 1),
                null);
        ReferralCase back = find(insert(bare));
        assertNull(back.patient().birthDate());
        assertFalse(back.located());
        assertEquals(Sex.UNKNOWN, back.patient().sex());
        assertTrue(back.details().diagnoses().isEmpty());
        assertTrue(back.needs().departments().isEmpty());
    }

    @Test
    void updateReplacesFieldsAndListsButKeepsTheCreationDay() throws Exception {
        long id = insert(sample("P-1", "フチュウ タロウ", LocalDate.of(2026, 3, 1)));
        ReferralCase old = find(id);
        ReferralCase changed = new ReferralCase(id, new Patient("P-1", "府中 太郎", "フチュウ タロウ", Sex.MALE, null,
                "東京都調布市小島町２丁目", "", ""), old.referrer(), new CaseDetails(List.of("高血圧症"), "", "", "", "",
                List.of(), ""), new MatchNeeds(List.of("整形外科"), List.of(), 2, List.of()), null, null, List.of(),
                LocalDate.of(2030, 1, 1), null);
        LocalDateTime later = NOW.plusDays(1);
        assertTrue((boolean) db.inTransaction(c -> cases.update(c, changed, later)));
        ReferralCase back = find(id);
        assertEquals(List.of("高血圧症"), back.details().diagnoses());
        assertEquals(List.of(), back.details().prescriptions());
        assertEquals(List.of("整形外科"), back.needs().departments());
        assertEquals(2.0, back.needs().km());
        assertEquals("東京都調布市小島町２丁目", back.patient().address());
        assertNull(back.homeLat());
        assertEquals(LocalDate.of(2026, 3, 1), back.createdOn(), "creation day is not updated");
        assertEquals(later, back.updatedAt());
        assertFalse((boolean) db.inTransaction(c -> cases.update(c, changed.withId(id + 99), later)), "unknown id");
    }

    @Test
    void searchByPatientIdKanaPrefixDatesAndStatus() throws Exception {
        long a = insert(sample("P-1", "ヤマダ ハナコ", LocalDate.of(2026, 1, 10)));
        long b = insert(sample("P-2", "やまもと じろう", LocalDate.of(2026, 2, 10)));
        long c = insert(sample("P-1", "ﾔﾏﾀﾞ ﾊﾅｺ", LocalDate.of(2026, 3, 10)));
        long d = insert(sample("P-3", "100%_テスト", LocalDate.of(2026, 3, 11)));
        assertEquals(List.of(d, c, b, a), search(CaseQuery.all()), "newest first");
        assertEquals(List.of(c, a), search(new CaseQuery("P-1", null, null, null, null)));
        assertEquals(List.of(c, b, a), search(new CaseQuery(null, "やま", null, null, null)), "hiragana finds katakana");
        assertEquals(List.of(c, a), search(new CaseQuery(null, "ヤマダハ", null, null, null)), "spaces ignored");
        assertEquals(List.of(d), search(new CaseQuery(null, "100%_", null, null, null)), "% and _ are literal");
        assertEquals(List.of(), search(new CaseQuery(null, "100_", null, null, null)));
        assertEquals(List.of(b), search(new CaseQuery(null, null, LocalDate.of(2026, 2, 10),
                LocalDate.of(2026, 3, 9), null)), "both ends inclusive");
        assertEquals(List.of(c), search(new CaseQuery("P-1", "やまだ", LocalDate.of(2026, 2, 1), null, null)));

        db.inTransaction(tx -> {
            cases.replaceDestinations(tx, b, List.of(destination(1, clinicA, ReferralStatus.SENT, 2, "内科")));
            return null;
        });
        assertEquals(List.of(b), search(new CaseQuery(null, null, null, null, ReferralStatus.SENT)));
        assertEquals(List.of(), search(new CaseQuery(null, null, null, null, ReferralStatus.ACCEPTED)));
    }

    Destination destination(int order, long facility, ReferralStatus status, int day, String... covers) {
        return new Destination(order, facility, order == 1 ? "府中みやにしクリニック" : "けやき皮ふ科", "東京都府中市宮西町2-1",
                "042-111-2222", 35.67, 139.48, List.of(covers), 0.25 * order, status, LocalDate.of(2026, 3, day),
                "", "");
    }

    @Test
    void destinationsAreReplacedWithCoversInPinOrder() throws Exception {
        long id = insert(sample("P-1", "ヤマダ", LocalDate.of(2026, 3, 1)));
        Destination first = destination(1, clinicB, ReferralStatus.DRAFT, 2, "皮膚科");
        Destination second = destination(2, clinicA, ReferralStatus.DRAFT, 2, "内科", "整形外科");
        db.inTransaction(c -> {
            cases.replaceDestinations(c, id, List.of(second, first));
            return null;
        });
        assertEquals(List.of(first, second), find(id).destinations(), "pin order, covers in order");

        Destination only = destination(1, clinicA, ReferralStatus.DRAFT, 3, "皮膚科");
        db.inTransaction(c -> {
            cases.replaceDestinations(c, id, List.of(only));
            return null;
        });
        assertEquals(List.of(only), find(id).destinations(), "old rows and covers gone");
    }

    @Test
    void statusOfOneDestinationAndTheSentList() throws Exception {
        long id = insert(sample("P-1", "ヤマダ", LocalDate.of(2026, 3, 1)));
        db.inTransaction(c -> {
            cases.replaceDestinations(c, id, List.of(destination(1, clinicA, ReferralStatus.DRAFT, 1, "内科"),
                    destination(2, clinicB, ReferralStatus.DRAFT, 1, "皮膚科")));
            return null;
        });
        assertTrue((boolean) db.inTransaction(c -> destinations.setStatus(c, id, clinicA, ReferralStatus.FORWARDED,
                LocalDate.of(2026, 3, 5), "院長判断", "多摩総合医療センター")));
        assertTrue((boolean) db.inTransaction(c -> destinations.setStatus(c, id, clinicB, ReferralStatus.SENT,
                LocalDate.of(2026, 3, 4), null, null)));
        assertFalse((boolean) db.inTransaction(c -> destinations.setStatus(c, id + 1, clinicB, ReferralStatus.SENT,
                LocalDate.of(2026, 3, 4), null, null)), "no such destination");
        Destination a = find(id).destinations().get(0);
        assertEquals(ReferralStatus.FORWARDED, a.status());
        assertEquals(LocalDate.of(2026, 3, 5), a.statusDate());
        assertEquals("院長判断", a.note());
        assertEquals("多摩総合医療センター", a.forwardedTo());
        try (Connection c = db.connection()) {
            assertEquals(List.of(), destinations.sentBefore(c, LocalDate.of(2026, 3, 4)), "sent that day: not before");
            assertEquals(List.of(new DestinationRepository.Sent(id, clinicB, LocalDate.of(2026, 3, 4))),
                    destinations.sentBefore(c, LocalDate.of(2026, 3, 5)));
        }
    }

    @Test
    void aDestinationMustBeAStoredFacilityAndAFailedReplaceChangesNothing() throws Exception {
        long id = insert(sample("P-1", "ヤマダ", LocalDate.of(2026, 3, 1)));
        Destination kept = destination(1, clinicA, ReferralStatus.DRAFT, 1, "内科");
        db.inTransaction(c -> {
            cases.replaceDestinations(c, id, List.of(kept));
            return null;
        });
        assertThrows(Exception.class, () -> db.inTransaction(c -> {
            cases.replaceDestinations(c, id, List.of(destination(1, 987654, ReferralStatus.DRAFT, 1, "内科")));
            return null;
        }));
        assertEquals(List.of(kept), find(id).destinations());
    }
}
