package org.renkei.app.importing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.Facility;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.StoreSnapshot;
import org.renkei.dataimport.geo.Geocoder;
import org.renkei.dataimport.geo.Precision;
import org.renkei.dataimport.model.DepartmentEntry;
import org.renkei.dataimport.model.FacilityKind;
import org.renkei.dataimport.model.FacilityRecord;
import org.renkei.dataimport.model.OpeningHours;
import org.renkei.dataimport.model.ServiceDay;
import org.renkei.dataimport.read.ImportRejectedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportServiceTest {
    @TempDir
    Path dir;
    Database db;
    Path file;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("db"), TestPassword.chars());
        file = Files.writeString(dir.resolve("list.csv"), "x");
    }

    @AfterEach
    void close() {
        db.close();
    }

    static FacilityRecord record(String key, String name, double lat, List<DepartmentEntry> depts) {
        return new FacilityRecord("test", key, name, "カナ", FacilityKind.CLINIC, "1830022", "東京都府中市宮西町2-1",
                "13206", lat, 139.47, Precision.SOURCE, "042-000-0000", "", null, "日", depts);
    }

    static DepartmentEntry dept(String name) {
        return new DepartmentEntry(name, name, null, List.of(new OpeningHours(ServiceDay.MON, 1,
                LocalTime.of(9, 0), LocalTime.of(12, 30))));
    }

    FileReport run(ScriptedReader reader) throws ImportRejectedException {
        ImportService service = new ImportService(db, f -> reader, Geocoder.bundled());
        return service.importFile(new ImportService.Planned(file, reader), ImportListener.NONE);
    }

    List<String> snapshot() throws Exception {
        return StoreSnapshot.all(db);
    }

    @Test
    void firstImportAddsAndSecondChangesNothing() throws Exception {
        ScriptedReader reader = ScriptedReader.of("clinic", List.of(
                record("1", "府中内科", 35.67, List.of(dept("内科"), dept("皮膚科"))),
                record("2", "府中眼科", 35.68, List.of(dept("眼科")))));
        FileReport first = run(reader);
        assertEquals(2, first.added());
        List<String> before = StoreSnapshot.content(db);

        FileReport second = run(reader);
        assertEquals(0, second.added());
        assertEquals(0, second.updated());
        assertEquals(2, second.unchanged());
        assertEquals(0, second.closed());
        // Only bookkeeping (last_seen, last_batch_id) moves; imported content is identical.
        assertEquals(before, StoreSnapshot.content(db));
        FacilityService facilities = new FacilityService(db);
        Facility f = facilities.allActiveWithDepartments().get(0);
        assertEquals(List.of("内科", "皮膚科"), f.departmentNames());
        assertEquals(1, f.departments().get(0).hours().size());
    }

    @Test
    void unchangedRowsAreMarkedSeenSoOnlyTheMissingOneCloses() throws Exception {
        List<FacilityRecord> three = List.of(record("1", "府中内科", 35.67, List.of(dept("内科"))),
                record("2", "府中眼科", 35.68, List.of(dept("眼科"))), record("3", "府中皮膚科", 35.69, List.of(dept("皮膚科"))));
        run(ScriptedReader.of("clinic", three));
        FileReport report = run(ScriptedReader.of("clinic", List.of(three.get(0), three.get(1))));
        assertEquals(2, report.unchanged());
        assertEquals(1, report.closed(), "only 府中皮膚科; the two unchanged ones were marked as seen");
        assertEquals(List.of("府中内科", "府中眼科"), new FacilityService(db).allActiveWithDepartments().stream()
                .map(Facility::name).sorted().toList());
    }

    @Test
    void changedRowIsUpdatedAndMissingRowIsClosedNotDeleted() throws Exception {
        run(ScriptedReader.of("clinic", List.of(record("1", "府中内科", 35.67, List.of(dept("内科"))),
                record("2", "府中眼科", 35.68, List.of(dept("眼科"))))));
        FileReport report = run(ScriptedReader.of("clinic", List.of(
                record("1", "府中内科クリニック", 35.67, List.of(dept("内科"))))));
        assertEquals(1, report.updated());
        assertEquals(1, report.closed());
        List<Facility> all = new FacilityService(db).allActiveWithDepartments();
        assertEquals(1, all.size());
        assertEquals("府中内科クリニック", all.get(0).name());
        assertEquals(2, new FacilityService(db).stats().facilities());

        FileReport back = run(ScriptedReader.of("clinic", List.of(record("1", "府中内科クリニック", 35.67,
                List.of(dept("内科"))), record("2", "府中眼科", 35.68, List.of(dept("眼科"))))));
        assertEquals(1, back.updated(), "a closed facility that reappears is reactivated");
        assertEquals(FacilityStatus.ACTIVE, new FacilityService(db).allActiveWithDepartments().get(1).status());
    }

    @Test
    void rejectedFileLeavesDatabaseExactlyAsItWas() throws Exception {
        run(ScriptedReader.of("clinic", List.of(record("1", "府中内科", 35.67, List.of(dept("内科"))))));
        List<String> before = snapshot();
        var stats = new FacilityService(db).stats();

        ScriptedReader bad = new ScriptedReader("test-facility", "clinic", List.of(
                record("1", "別名", 35.0, List.of(dept("眼科"))), record("9", "新規", 35.1, List.of())),
                List.of(), true);
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> run(bad));
        assertTrue(e.problem().describe().contains("途中で切れています"));
        assertEquals(before, snapshot());
        assertEquals(stats.sources().get(0).lastImport(), new FacilityService(db).stats().sources().get(0).lastImport());
    }

    @Test
    void cancelRollsBack() throws Exception {
        List<String> before = snapshot();
        ScriptedReader reader = ScriptedReader.of("clinic", List.of(record("1", "府中内科", 35.67, List.of())));
        ImportService service = new ImportService(db, f -> reader, Geocoder.bundled());
        ImportListener cancelling = new ImportListener() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThrows(ImportCancelledException.class,
                () -> service.importFile(new ImportService.Planned(file, reader), cancelling));
        assertEquals(before, snapshot());
    }

    @Test
    void duplicateKeyInOneFileIsReportedOnce() throws Exception {
        FileReport r = run(ScriptedReader.of("clinic", List.of(record("1", "A", 35.6, List.of()),
                record("1", "B", 35.6, List.of()))));
        assertEquals(1, r.added());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().contains("重複"));
        assertEquals(3, r.problems().get(0).row(), "the second occurrence, on row 3");
    }
}
