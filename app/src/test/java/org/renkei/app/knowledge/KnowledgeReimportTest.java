package org.renkei.app.knowledge;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.ContactMethod;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.app.domain.Verified;
import org.renkei.app.importing.FileReport;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.FacilityRepository;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Knowledge survives importing the same real list again and a changed one (a row renamed, a row gone). */
class KnowledgeReimportTest {
    static final Verified SATO = Verified.on(LocalDate.of(2026, 3, 2), "佐藤");

    @TempDir
    Path dir;
    Database db;
    KnowledgeService service;
    long kunaicho;
    long kudanzaka;
    long keisatsu;

    @BeforeEach
    void importAndAnnotate() throws Exception {
        db = Database.open(dir.resolve("db"), TestPassword.chars());
        assertEquals(583, TokyoList.importFile(db, TokyoList.FILE).added());
        service = new KnowledgeService(db);
        try (Connection c = db.connection()) {
            var keys = new FacilityRepository().keys(c, TokyoList.SOURCE);
            kunaicho = keys.get(TokyoList.KUNAICHO).id();
            kudanzaka = keys.get(TokyoList.KUDANZAKA).id();
            keisatsu = keys.get(TokyoList.KEISATSU).id();
        }
        service.apply(kunaicho, KnowledgeEdit.none().tag("訪問診療", "", "").registered(true), SATO);
        service.apply(kudanzaka, KnowledgeEdit.none().tag("認知症", "", "内科").contact("連携室", ContactMethod.PHONE)
                .notes("改称前からの付き合い"), SATO);
        service.apply(keisatsu, KnowledgeEdit.none().tag("緩和ケア", "", "").registered(true), SATO);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theSameListAgainChangesNoKnowledge() throws Exception {
        Map<Long, FacilityKnowledge> before = service.knowledgeByFacility();
        FileReport again = TokyoList.importFile(db, TokyoList.FILE);
        assertEquals(583, again.unchanged());
        assertEquals(before, service.knowledgeByFacility());
    }

    @Test
    void aChangedListKeepsKnowledgeOfRenamedAndClosedFacilities() throws Exception {
        Map<Long, FacilityKnowledge> before = service.knowledgeByFacility();
        FileReport changed = TokyoList.importFile(db, TokyoList.changed(dir.resolve("v2"), TokyoList.KUDANZAKA,
                TokyoList.KEISATSU));
        assertEquals(1, changed.updated());
        assertEquals(1, changed.closed());
        assertEquals(581, changed.unchanged());

        assertEquals(before, service.knowledgeByFacility(), "every fact, date and name as it was");
        FacilityFacts renamed = service.get(kudanzaka);
        assertTrue(renamed.facility().name().endsWith("九段坂病院（改称）"));
        assertEquals(List.of("内科"), renamed.facility().departmentNames());
        assertTrue(renamed.knowledge().hasCapability("認知症", "内科"));
        assertEquals("改称前からの付き合い", renamed.knowledge().notes().value());
        assertFalse(renamed.closed());

        FacilityFacts closed = service.get(keisatsu);
        assertTrue(closed.closed(), "flagged");
        assertEquals(FacilityStatus.CLOSED, closed.facility().status());
        assertTrue(closed.knowledge().isRegistered());
        assertTrue(closed.knowledge().hasCapability("緩和ケア"));

        // Back in a later full list: same row, same knowledge, active again.
        TokyoList.importFile(db, TokyoList.FILE);
        FacilityFacts back = service.get(keisatsu);
        assertFalse(back.closed());
        assertEquals(SATO, back.knowledge().registered().verified());
        assertEquals(before, service.knowledgeByFacility());
    }

    @Test
    void staleFactsOfAClosedFacilityAreListedWithItsStatus() throws Exception {
        TokyoList.importFile(db, TokyoList.changed(dir.resolve("v2"), TokyoList.KUDANZAKA, TokyoList.KEISATSU));
        List<StaleFact> stale = service.staleFacts(LocalDate.of(2027, 3, 3));
        assertEquals(7, stale.size(), stale.toString());
        assertTrue(stale.stream().anyMatch(s -> s.facilityId() == keisatsu && s.status() == FacilityStatus.CLOSED
                && s.fact().label().equals("緩和ケア")));
    }
}
