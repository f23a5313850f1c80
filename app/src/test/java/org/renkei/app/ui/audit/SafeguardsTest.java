package org.renkei.app.ui.audit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.audit.AuditAction;
import org.renkei.app.audit.AuditEntry;
import org.renkei.app.audit.AuditLog;
import org.renkei.app.cases.CaseJson;
import org.renkei.app.cases.CaseService;
import org.renkei.app.cases.MutableClock;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.cases.SettingsService;
import org.renkei.app.export.geo.ExportPoints;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.match.MatchFacilities;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.referral.ReferralCase;
import org.renkei.app.backup.RestoreService;
import org.renkei.app.store.Database;
import org.renkei.app.store.WrongPasswordException;
import org.renkei.app.ui.backup.BackupPasswordViewModel;
import org.renkei.app.store.TestPassword;
import org.renkei.app.ui.common.SameThreadTaskRunner;
import org.renkei.app.ui.exports.GeoWriter;
import org.renkei.app.ui.records.RecordServices;
import org.renkei.app.ui.records.RecordsViewModel;
import org.renkei.app.ui.testing.FakeDialogs;
import org.renkei.dataimport.dept.DepartmentVocabulary;
import org.renkei.dataimport.geo.Geocoder;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's staff name, access record and backups over a real H2 copy of the sample, without the toolkit. */
class SafeguardsTest {
    static final Path FUCHU = Path.of("src/test/resources/cases/case-fuchu.json");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @TempDir
    Path tmp;
    final MutableClock clock = new MutableClock(TODAY);
    final FakeDialogs dialogs = new FakeDialogs();
    final AtomicReference<String> nextStaff = new AtomicReference<>();
    final AtomicReference<List<String>> offeredStaff = new AtomicReference<>();
    final AtomicInteger exits = new AtomicInteger();

    Safeguards safeguards(Database db) {
        return new Safeguards(db, f -> Database.open(f, TestPassword.chars()), "鈴木", vm -> {
            offeredStaff.set(List.copyOf(vm.namesProperty()));
            vm.textProperty().set(nextStaff.get());
            return vm.accept();
        }, new SameThreadTaskRunner(), dialogs, clock, exits::incrementAndGet);
    }

    CaseService cases(Database db) {
        return new CaseService(db, Geocoder.bundled(), DepartmentVocabulary.bundled(),
                () -> MatchFacilities.index(new FacilityService(db).allActiveWithDepartments()), clock);
    }

    @Test
    void changesExportsViewsAndTheStaffChangeAreRecordedWithoutPatientText() throws Exception {
        try (Database db = Database.open(SampleStore.copyTo(tmp.resolve("db")), TestPassword.chars())) {
            Safeguards s = safeguards(db);
            CaseService cases = cases(db);
            RecordServices services = AuditedServices.records(RecordServices.over(() -> cases, new SettingsService(db),
                    new FacilityService(db)::byId, clock), s.log());
            RecordsViewModel records = new RecordsViewModel(services, new SameThreadTaskRunner(), dialogs,
                    AuditedServices.geo(GeoWriter.standard(), s.log()));
            s.watch(records.detail());
            assertEquals("担当: 鈴木", s.statusProperty().get());

            ReferralCase c = services.book().create(CaseJson.read(FUCHU, TODAY));
            services.book().update(c);
            records.detail().show(c);
            records.detail().show(c);
            services.summary().write(YearMonth.of(2026, 1), YearMonth.of(2026, 3), tmp.resolve("府中 花子.xlsx"));
            services.office().save(services.office().load());
            nextStaff.set(" 田中 ");
            s.changeStaff();
            AuditedServices.geo(GeoWriter.standard(), s.log()).write(ExportPoints.fromHits(List.of()), "t",
                    tmp.resolve("x.kml"));

            assertEquals("担当: 田中", s.statusProperty().get());
            assertEquals(List.of("鈴木"), offeredStaff.get(), "the names used before are offered");
            List<AuditEntry> entries = s.log().between(TODAY, TODAY);
            assertEquals(List.of(AuditAction.CASE_CREATE, AuditAction.CASE_EDIT, AuditAction.CASE_VIEW,
                    AuditAction.EXPORT, AuditAction.SETTINGS, AuditAction.STAFF_CHANGE, AuditAction.EXPORT),
                    entries.stream().map(AuditEntry::action).toList(), "the same case shown twice is one view");
            assertEquals("ケース " + c.id(), entries.get(2).target());
            assertEquals("XLSX 1件", entries.get(3).target());
            assertEquals(List.of("鈴木", "鈴木", "鈴木", "鈴木", "鈴木", "田中", "田中"),
                    entries.stream().map(AuditEntry::staff).toList());
            assertEquals("KML 1件", entries.get(6).target());
            for (AuditEntry e : entries) {
                String all = e.staff() + e.target() + e.detail();
                for (String p : List.of("府中", "花子", "フチュウ", "宮西町", "1948")) {
                    assertFalse(all.contains(p), e + " contains " + p);
                }
            }
        }
    }

    @Test
    void theAuditViewerShowsARangeAndWritesItAsAWorkbook() throws Exception {
        try (Database db = Database.open(tmp.resolve("db"), TestPassword.chars())) {
            Safeguards s = safeguards(db);
            s.log().caseViewed(3);
            clock.setDay(TODAY.plusDays(1));
            s.log().caseViewed(4);
            s.openAuditLog();
            AuditViewerViewModel vm = s.auditViewerProperty().get();
            vm.fromProperty().set(TODAY);
            vm.toProperty().set(TODAY);
            vm.load();
            assertEquals(List.of(new AuditRow("2026/03/20 10:00:00", "鈴木", "ケース閲覧", "ケース 3", "")),
                    vm.rowsProperty());
            assertEquals("1 件", vm.messageProperty().get());
            vm.fromProperty().set(TODAY.plusDays(2));
            vm.load();
            assertEquals(1, vm.rowsProperty().size(), "a reversed range shows nothing new");
            assertTrue(vm.messageProperty().get().startsWith("期間の開始と終了"));

            vm.fromProperty().set(TODAY);
            dialogs.fileToSave = tmp.resolve("audit.xlsx");
            vm.export();
            try (InputStream in = Files.newInputStream(dialogs.fileToSave); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertEquals("ケース 3", wb.getSheetAt(0).getRow(1).getCell(3).getStringCellValue());
            }
            assertEquals(List.of(dialogs.fileToSave), dialogs.opened);
            assertEquals(AuditAction.AUDIT_EXPORT, s.log().between(TODAY.plusDays(1), TODAY.plusDays(1)).get(1).action());
            vm.cancel();
            assertNull(s.auditViewerProperty().get());
        }
    }

    @Test
    void aWindowRestoreIsCheckedConfirmedThenReplacesAndEnds() throws Exception {
        Path folder = SampleStore.copyTo(tmp.resolve("db"));
        Database db = Database.open(folder, TestPassword.chars());
        Safeguards s = safeguards(db);
        cases(db).create(CaseJson.read(FUCHU, TODAY));
        dialogs.fileToSave = tmp.resolve("b.zip");
        s.createBackup();
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).contains("バックアップを作成しました"), dialogs.infos.toString());
        assertTrue(Files.size(tmp.resolve("b.zip")) > 0);
        cases(db).create(CaseJson.read(FUCHU, TODAY));

        dialogs.fileToOpen = Files.writeString(tmp.resolve("notes.zip"), "メモ");
        s.backups().chooseRestore();
        assertNull(s.backups().pendingRestoreProperty().get());
        assertTrue(dialogs.errors.get(0).contains("バックアップファイルではありません"), dialogs.errors.toString());

        dialogs.fileToOpen = tmp.resolve("b.zip");
        s.backups().chooseRestore();
        assertEquals("施設 583件・ケース 1件・紹介先 0件", s.backups().pendingRestoreProperty().get().counts().describe());
        s.backups().cancelRestore();
        assertEquals(2, cases(db).search(CaseQuery.all()).size(), "declined: nothing changed");
        assertEquals(0, exits.get());

        s.backups().chooseRestore();
        s.backups().confirmRestore();

        assertEquals(1, exits.get(), "the app ends after a restore");
        try (Database restored = Database.open(folder, TestPassword.chars())) {
            assertEquals(1, cases(restored).search(CaseQuery.all()).size());
            List<AuditEntry> entries = AuditLog.as(restored, "x").between(TODAY, TODAY);
            AuditEntry last = entries.get(entries.size() - 1);
            assertEquals(AuditAction.RESTORE, last.action());
            assertEquals("鈴木", last.staff());
        }
        try (var files = Files.list(folder)) {
            assertEquals(1, files.filter(p -> p.getFileName().toString().startsWith("replaced-")).count());
        }
    }

    @Test
    void aBackupMadeBeforeAPasswordChangeIsRestoredWithItsOwnPassword() throws Exception {
        Path folder = SampleStore.copyTo(tmp.resolve("db"));
        Database db = Database.open(folder, TestPassword.chars());
        Safeguards s = new Safeguards(db, db::openSibling, "鈴木", vm -> Optional.empty(), new SameThreadTaskRunner(),
                dialogs, clock, exits::incrementAndGet);
        cases(db).create(CaseJson.read(FUCHU, TODAY));
        dialogs.fileToSave = tmp.resolve("old.zip");
        s.createBackup();
        db.changePassword(TestPassword.chars(), "a newer password".toCharArray());
        cases(db).create(CaseJson.read(FUCHU, TODAY));

        dialogs.fileToOpen = tmp.resolve("old.zip");
        s.backups().chooseRestore();
        assertNull(s.backups().pendingRestoreProperty().get(), "the current password does not open it");
        BackupPasswordViewModel asked = s.backups().passwordPromptProperty().get();
        assertEquals("このバックアップは今のパスワードでは開けません", asked.header());
        asked.passwordProperty().set("a newer password");
        asked.submit();
        assertEquals("パスワードが違います。あと 2 回入力できます。", asked.messageProperty().get());
        assertEquals("", asked.passwordProperty().get());
        asked.passwordProperty().set(TestPassword.TEXT);
        asked.submit();

        assertTrue(asked.overProperty().get());
        assertNull(s.backups().passwordPromptProperty().get());
        RestoreService.Staged staged = s.backups().pendingRestoreProperty().get();
        assertEquals("施設 583件・ケース 1件・紹介先 0件", staged.counts().describe());
        assertTrue(staged.otherPassword());
        assertEquals(2, cases(db).search(CaseQuery.all()).size(), "nothing replaced before the confirmation");
        s.backups().confirmRestore();

        assertEquals(1, exits.get());
        String told = dialogs.infos.get(dialogs.infos.size() - 1);
        assertTrue(told.contains("復元したデータベースのパスワードは、バックアップを作った時のパスワードです"), told);
        assertThrows(WrongPasswordException.class, () -> Database.open(folder, "a newer password".toCharArray()));
        try (Database restored = Database.open(folder, TestPassword.chars())) {
            assertEquals(1, cases(restored).search(CaseQuery.all()).size());
            List<AuditEntry> entries = AuditLog.as(restored, "x").between(TODAY, TODAY);
            assertEquals(AuditAction.RESTORE, entries.get(entries.size() - 1).action(), "recorded in the restored one");
        }
    }

    @Test
    void threeWrongBackupPasswordsOrCancelChangeNothingAndLeaveNoFolder() throws Exception {
        Path folder = SampleStore.copyTo(tmp.resolve("db"));
        try (Database db = Database.open(folder, TestPassword.chars())) {
            Safeguards s = new Safeguards(db, db::openSibling, "鈴木", vm -> Optional.empty(),
                    new SameThreadTaskRunner(), dialogs, clock, exits::incrementAndGet);
            dialogs.fileToSave = tmp.resolve("old.zip");
            s.createBackup();
            db.changePassword(TestPassword.chars(), "a newer password".toCharArray());
            dialogs.fileToOpen = tmp.resolve("old.zip");

            s.backups().chooseRestore();
            s.backups().passwordPromptProperty().get().cancel();
            assertNull(s.backups().passwordPromptProperty().get());
            assertTrue(dialogs.errors.isEmpty(), "a cancel is no error");
            assertEquals(List.of(), restoreFolders(folder));

            s.backups().chooseRestore();
            BackupPasswordViewModel asked = s.backups().passwordPromptProperty().get();
            for (String wrong : List.of("wrong 1", "wrong 2", "wrong 3")) {
                asked.passwordProperty().set(wrong);
                asked.submit();
            }
            assertNull(s.backups().passwordPromptProperty().get());
            assertNull(s.backups().pendingRestoreProperty().get());
            assertEquals(List.of("バックアップから復元できませんでした: "
                    + "バックアップのパスワードが 3 回違ったため、復元をやめました。何も変更していません。"), dialogs.errors);
            assertEquals(List.of(), restoreFolders(folder), "the unpacked backup is deleted");
            assertEquals(0, exits.get());
        }
        Database.open(folder, "a newer password".toCharArray()).close();
    }

    private static List<Path> restoreFolders(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("restore-")).toList();
        }
    }

    @Test
    void theStaffNameMustNotBeBlankAndEnterOffersTheMostRecentName() {
        StaffViewModel vm = new StaffViewModel(List.of("田中", "鈴木"), "田中");
        assertTrue(vm.acceptableProperty().get());
        vm.textProperty().set("   ");
        assertFalse(vm.acceptableProperty().get());
        assertEquals(Optional.empty(), vm.accept());
        assertEquals("担当者名を入力してください。", vm.errorProperty().get());
        vm.textProperty().set("x".repeat(101));
        assertEquals("担当者名は 100 文字以内で入力してください。", vm.errorProperty().get());
        vm.textProperty().set(" 山本 ");
        assertEquals(Optional.of("山本"), vm.accept());
    }
}
