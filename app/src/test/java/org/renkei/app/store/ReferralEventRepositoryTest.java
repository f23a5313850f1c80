package org.renkei.app.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.referral.Destination;
import org.renkei.app.referral.OfficeSettings;
import org.renkei.app.referral.ReferralRecord;
import org.renkei.app.referral.ReferralStatus;
import org.renkei.app.referral.StatusEvent;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status history, the summary's records and the office settings on a real H2 file. */
class ReferralEventRepositoryTest {
    @TempDir
    Path tmp;
    final CaseRepositoryTest fixture = new CaseRepositoryTest();
    final ReferralEventRepository events = new ReferralEventRepository();
    final SettingsRepository settings = new SettingsRepository();

    @BeforeEach
    void open() throws Exception {
        fixture.tmp = tmp;
        fixture.open();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    void append(long caseId, long facility, ReferralStatus s, LocalDate day, String forwardedTo) throws Exception {
        fixture.db.inTransaction(c -> {
            events.append(c, new StatusEvent(caseId, facility, s, day, "メモ " + s.label(), forwardedTo,
                    CaseRepositoryTest.NOW));
            return null;
        });
    }

    @Test
    void historyIsKeptInRecordingOrderAndSurvivesANewPlan() throws Exception {
        long id = fixture.insert(CaseRepositoryTest.sample("P-1", "ヤマダ", LocalDate.of(2026, 3, 1)));
        long a = fixture.clinicA;
        fixture.db.inTransaction(c -> {
            fixture.cases.replaceDestinations(c, id, List.of(fixture.destination(1, a, ReferralStatus.DRAFT, 1, "内科")));
            return null;
        });
        append(id, a, ReferralStatus.DRAFT, LocalDate.of(2026, 3, 1), null);
        append(id, a, ReferralStatus.SENT, LocalDate.of(2026, 3, 2), null);
        append(id, a, ReferralStatus.FORWARDED, LocalDate.of(2026, 3, 2), "多摩総合医療センター");
        fixture.db.inTransaction(c -> {
            fixture.cases.replaceDestinations(c, id, List.of());
            return null;
        });
        try (Connection c = fixture.db.connection()) {
            List<StatusEvent> h = events.history(c, id, a);
            assertEquals(List.of(ReferralStatus.DRAFT, ReferralStatus.SENT, ReferralStatus.FORWARDED),
                    h.stream().map(StatusEvent::status).toList());
            assertEquals("多摩総合医療センター", h.get(2).forwardedTo());
            assertEquals("メモ 送付済", h.get(1).note());
            assertEquals(LocalDate.of(2026, 3, 2), h.get(1).day());
            assertEquals(List.of(), events.history(c, id, fixture.clinicB));
        }
        assertThrows(Exception.class, () -> append(id + 5, a, ReferralStatus.SENT, LocalDate.of(2026, 3, 2), null),
                "history belongs to a stored case");
    }

    @Test
    void recordsTakeTheFirstSentAnsweredAndAcceptedDays() throws Exception {
        long march = fixture.insert(CaseRepositoryTest.sample("P-1", "ヤマダ", LocalDate.of(2026, 3, 1)));
        long april = fixture.insert(CaseRepositoryTest.sample("P-2", "スズキ", LocalDate.of(2026, 4, 30)));
        long may = fixture.insert(CaseRepositoryTest.sample("P-3", "サトウ", LocalDate.of(2026, 5, 1)));
        long a = fixture.clinicA;
        long b = fixture.clinicB;
        fixture.db.inTransaction(c -> {
            fixture.cases.replaceDestinations(c, march, List.of(
                    fixture.destination(1, a, ReferralStatus.FIRST_VISIT, 20, "内科"),
                    fixture.destination(2, b, ReferralStatus.FORWARDED, 9, "皮膚科")));
            fixture.cases.replaceDestinations(c, april, List.of(fixture.destination(1, b, ReferralStatus.SENT, 5)));
            fixture.cases.replaceDestinations(c, may, List.of(fixture.destination(1, a, ReferralStatus.DRAFT, 5)));
            return null;
        });
        append(march, a, ReferralStatus.DRAFT, LocalDate.of(2026, 3, 1), null);
        append(march, a, ReferralStatus.SENT, LocalDate.of(2026, 3, 2), null);
        append(march, a, ReferralStatus.SENT, LocalDate.of(2026, 3, 3), null);
        append(march, a, ReferralStatus.ACCEPTED, LocalDate.of(2026, 3, 10), null);
        append(march, a, ReferralStatus.FIRST_VISIT, LocalDate.of(2026, 3, 20), null);
        append(march, b, ReferralStatus.SENT, LocalDate.of(2026, 3, 4), null);
        append(march, b, ReferralStatus.FORWARDED, LocalDate.of(2026, 3, 9), "多摩総合医療センター");
        append(april, b, ReferralStatus.SENT, LocalDate.of(2026, 5, 2), null);

        List<ReferralRecord> r;
        try (Connection c = fixture.db.connection()) {
            r = events.records(c, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
        }
        assertEquals(3, r.size(), "the May case is outside");
        ReferralRecord accepted = r.get(0);
        assertEquals(march, accepted.caseId());
        assertEquals("P-1", accepted.patientId());
        assertEquals(List.of("内科"), accepted.covers());
        assertEquals(LocalDate.of(2026, 3, 2), accepted.sentOn(), "first 送付済");
        assertEquals(LocalDate.of(2026, 3, 10), accepted.answeredOn());
        assertEquals(LocalDate.of(2026, 3, 10), accepted.acceptedOn());
        assertEquals(ReferralStatus.FIRST_VISIT, accepted.status());
        assertEquals(LocalDate.of(2026, 3, 20), accepted.statusDate());
        ReferralRecord forwarded = r.get(1);
        assertEquals(LocalDate.of(2026, 3, 9), forwarded.answeredOn());
        assertFalse(forwarded.accepted());
        assertEquals(ReferralStatus.FORWARDED, forwarded.status());
        ReferralRecord waiting = r.get(2);
        assertEquals(april, waiting.caseId());
        assertEquals(LocalDate.of(2026, 5, 2), waiting.sentOn());
        assertNull(waiting.answeredOn());
        assertEquals(List.of(), waiting.covers());
    }

    @Test
    void settingsAreDefaultsUntilSavedThenOneRowIsUpdated() throws Exception {
        try (Connection c = fixture.db.connection()) {
            assertEquals(OfficeSettings.defaults(), settings.load(c));
        }
        OfficeSettings first = new OfficeSettings("府中中央病院", "183-0022", "東京都府中市宮西町２丁目", "042-000-0001",
                "042-000-0002", "", true, 10);
        OfficeSettings second = new OfficeSettings("府中中央病院", "183-0022", "東京都府中市宮西町２丁目", "042-000-0001",
                "", "/tmp/logo.png", false, 21);
        fixture.db.inTransaction(c -> {
            settings.save(c, first);
            return null;
        });
        try (Connection c = fixture.db.connection()) {
            assertEquals(first, settings.load(c));
        }
        fixture.db.inTransaction(c -> {
            settings.save(c, second);
            return null;
        });
        fixture.db.close();
        fixture.db = Database.open(tmp.resolve("db"), TestPassword.chars());
        try (Connection c = fixture.db.connection();
             var ps = c.prepareStatement("SELECT COUNT(*) FROM office_settings");
             var rs = ps.executeQuery()) {
            assertEquals(second, settings.load(c));
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
        }
    }
}
