package org.renkei.app.knowledge;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.renkei.app.domain.Capability;
import org.renkei.app.domain.ContactMethod;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.domain.Verified;
import org.renkei.app.store.Database;
import org.renkei.app.store.OnEveryStore;
import org.renkei.app.store.StoreKind;
import org.renkei.app.store.TestDatabase;
import org.renkei.app.store.FacilityRepository;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The knowledge service on a real H2 file and on PostgreSQL, holding the real Tokyo hospital list. */
@OnEveryStore
class KnowledgeServiceTest {
    static final Verified SATO = Verified.on(LocalDate.of(2026, 3, 2), "佐藤");

    @Parameter
    StoreKind store;
    @TempDir
    Path dir;
    TestDatabase place;
    Database db;
    KnowledgeService service;

    @BeforeEach
    void open() throws Exception {
        place = store.create(dir);
        db = place.open();
        TokyoList.importFile(db, TokyoList.FILE);
        service = new KnowledgeService(db);
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

    long id(String sourceKey) throws Exception {
        try (Connection c = db.connection()) {
            return new FacilityRepository().keys(c, TokyoList.SOURCE).get(sourceKey).id();
        }
    }

    @Test
    void everyFactIsStoredWithItsConfirmation() throws Exception {
        long id = id(TokyoList.KUNAICHO);
        service.apply(id, KnowledgeEdit.none().tag("訪問診療", "", "").tag("外国語", "英語・中国語", "")
                .tag("インスリン導入・管理", "", "内科").registered(true).contact("地域連携室 山田", ContactMethod.FAX)
                .notes("午前中は電話がつながりにくい"), SATO);

        FacilityFacts facts = service.get(id);
        FacilityKnowledge k = facts.knowledge();
        assertEquals("宮内庁病院", facts.facility().name());
        assertTrue(facts.facility().departmentNames().contains("内科"));
        assertEquals(12, facts.staleMonths());
        assertNull(facts.heldBy());
        assertTrue(k.isRegistered());
        assertEquals(SATO, k.registered().verified());
        assertEquals("地域連携室 山田", k.contact().value().person());
        assertEquals(ContactMethod.FAX, k.contact().value().method());
        assertEquals("午前中は電話がつながりにくい", k.notes().value());
        assertEquals(List.of(new Capability("外国語", "", "英語・中国語", SATO), new Capability("訪問診療", "", "", SATO),
                new Capability("インスリン導入・管理", "内科", "", SATO)), k.capabilities());
        assertTrue(k.hasCapability("インスリン導入・管理", "内科"));
        assertFalse(k.hasCapability("インスリン導入・管理", "眼科"), "scoped to 内科 only");
        assertTrue(k.hasCapability("訪問診療", "眼科"), "a whole-facility tag holds for every department");
    }

    @Test
    void aLaterChangeKeepsTheOtherFactsAndTheirDates() throws Exception {
        long id = id(TokyoList.KUNAICHO);
        service.tag(id, "訪問診療", "", "", SATO);
        Verified later = Verified.on(LocalDate.of(2026, 5, 1), "鈴木");
        service.setContact(id, "", ContactMethod.MCS, later);
        service.setContact(id, "田中", null, later);
        FacilityKnowledge k = service.get(id).knowledge();
        assertEquals(SATO, k.capability("訪問診療", "").orElseThrow().verified());
        assertEquals("田中", k.contact().value().person());
        assertEquals(ContactMethod.MCS, k.contact().value().method(), "the method set before stays");

        service.untag(id, "訪問診療", "", later);
        service.setContact(id, "", null, later);
        assertTrue(service.get(id).knowledge().contact().value().method() == ContactMethod.MCS);
        service.apply(id, KnowledgeEdit.none().contact("", null), later);
        assertFalse(service.get(id).knowledge().hasCapability("訪問診療"));
    }

    @Test
    void anUnknownTagIsRefusedWithTheCloseOnesAndNothingIsWritten() throws Exception {
        long id = id(TokyoList.KUNAICHO);
        service.apply(id, KnowledgeEdit.none().registered(false).tag("褥瘡", "", ""), SATO);
        List<String> before = KnowledgeTables.rows(db);
        KnowledgeRejectedException e = assertThrows(KnowledgeRejectedException.class, () -> service.apply(id,
                KnowledgeEdit.none().registered(true).tag("訪問診察", "", ""), SATO));
        assertEquals("タグ「訪問診察」は語彙にありません。近いタグ: 訪問診療。語彙への追加は facility tags --add で行えます。",
                e.getMessage());
        assertEquals(before, KnowledgeTables.rows(db), "the 登録医 flag of the refused edit is not written either");

        assertThrows(KnowledgeRejectedException.class, () -> service.tag(id, "外国語", "", "", SATO),
                "外国語 needs the languages");
        assertThrows(KnowledgeRejectedException.class, () -> service.tag(id, "透析", "週3回", "", SATO));
        KnowledgeRejectedException dept = assertThrows(KnowledgeRejectedException.class,
                () -> service.tag(id, "認知症", "", "精神科", SATO));
        assertTrue(dept.getMessage().startsWith("「宮内庁病院」には診療科「精神科」がありません"), dept.getMessage());
        assertThrows(KnowledgeRejectedException.class, () -> service.untag(id, "認知症", "", SATO));
        assertThrows(KnowledgeRejectedException.class, () -> service.get(999_999));
        assertEquals(before, KnowledgeTables.rows(db));
    }

    @Test
    void fullWidthInputFindsTheTag() throws Exception {
        long id = id(TokyoList.KUNAICHO);
        service.tag(id, "２４時間対応", "", "", SATO);
        assertTrue(service.get(id).knowledge().hasCapability("24時間対応"));
    }

    @Test
    void theOfficeExtendsTheVocabulary() throws Exception {
        assertEquals(17, service.vocabulary().size());
        service.addVocabularyTag("ストーマ", false);
        service.addVocabularyTag("対応言語メモ", true);
        assertEquals("対応言語メモ", service.vocabulary().get(18).name());
        assertThrows(KnowledgeRejectedException.class, () -> service.addVocabularyTag("ストーマ", false));
        assertThrows(KnowledgeRejectedException.class, () -> service.addVocabularyTag(" ", false));
        long id = id(TokyoList.KUDANZAKA);
        service.tag(id, "ストーマ", "", "", SATO);
        assertTrue(service.get(id).knowledge().hasCapability("ストーマ"));
    }

    @Test
    void verifyConfirmsEveryFactAndStalenessFollowsTheOfficeSetting() throws Exception {
        long id = id(TokyoList.KUNAICHO);
        Verified old = Verified.on(LocalDate.of(2025, 1, 10), "佐藤");
        service.apply(id, KnowledgeEdit.none().tag("褥瘡", "", "").registered(false).notes("古いメモ"), old);
        LocalDate today = LocalDate.of(2026, 1, 11);
        assertEquals(List.of("登録医", "備考", "褥瘡"), service.get(id).staleFacts(today).stream()
                .map(FacilityKnowledge.LabelledFact::label).toList());
        assertEquals(3, service.staleFacts(today).size());
        assertTrue(service.staleFacts(today).stream().allMatch(s -> s.facilityId() == id));
        assertTrue(service.get(id).staleFacts(LocalDate.of(2026, 1, 10)).isEmpty(), "exactly 12 months is fresh");

        service.setStaleMonths(24);
        assertEquals(24, service.staleMonths());
        assertTrue(service.staleFacts(today).isEmpty());
        service.setStaleMonths(12);

        Verified now = Verified.on(today, "鈴木");
        FacilityFacts after = service.verify(id, now);
        assertTrue(after.knowledge().facts().stream().allMatch(f -> f.verified().equals(now)));
        assertFalse(after.knowledge().isRegistered());
        assertTrue(service.staleFacts(today).isEmpty());
        assertThrows(KnowledgeRejectedException.class, () -> service.setStaleMonths(0));
    }

    @Test
    void theBulkReadHasEveryFacilityWithKnowledge() throws Exception {
        long a = id(TokyoList.KUNAICHO);
        long b = id(TokyoList.KUDANZAKA);
        service.tag(a, "透析", "", "", SATO);
        service.setRegistered(b, true, SATO);
        var all = service.knowledgeByFacility();
        assertEquals(2, all.size());
        assertTrue(all.get(a).hasCapability("透析"));
        assertTrue(all.get(b).isRegistered());
        service.untag(a, "透析", "", SATO);
        assertEquals(1, service.knowledgeByFacility().size(), "knowledge emptied is removed");
    }
}
