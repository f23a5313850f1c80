package org.renkei.app.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.cases.CaseJson;
import org.renkei.app.cases.CaseService;
import org.renkei.app.cases.MutableClock;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.referral.CaseQuery;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backup, change, restore on a real H2 file holding the real sample; refusals change nothing. */
class BackupRestoreTest {
    static final Path FUCHU = Path.of("src/test/resources/cases/case-fuchu.json");
    static final LocalDate DAY = LocalDate.of(2026, 4, 29);

    @TempDir
    Path tmp;

    @Test
    void aRestoredBackupBringsTheDataBackAndKeepsTheReplacedDatabaseAside() {
        Path folder = SampleStore.copyTo(tmp.resolve("db"));
        MutableClock clock = new MutableClock(DAY);
        Path zip = tmp.resolve("out").resolve("manual.zip");
        try (Database db = Database.open(folder, TestPassword.chars())) {
            new CaseService(db).create(CaseJson.read(FUCHU, DAY));
            assertEquals(zip.toAbsolutePath(), new BackupService(db, clock).backupTo(zip));
            new CaseService(db).create(CaseJson.read(FUCHU, DAY));
            assertEquals(2, new CaseService(db).search(CaseQuery.all()).size());
        }
        RestoreService restore = new RestoreService(folder, f -> Database.open(f, TestPassword.chars()), clock);
        RestoreService.Staged staged = restore.stage(zip);
        assertEquals(new BackupCounts(583, 1, 0), staged.counts());
        assertTrue(staged.folder().startsWith(folder), "unzipped next to the database");

        Path aside = restore.replace(staged);

        assertEquals("replaced-20260429-100000", aside.getFileName().toString());
        assertFalse(Files.exists(staged.folder()));
        try (Database db = Database.open(folder, TestPassword.chars())) {
            assertEquals(1, new CaseService(db).search(CaseQuery.all()).size(), "the backup's data is back");
        }
        try (Database replaced = Database.open(aside, TestPassword.chars())) {
            assertEquals(2, new CaseService(replaced).search(CaseQuery.all()).size(), "the replaced data is kept");
        }
    }

    @Test
    void notABackupIsRefusedInJapaneseAndNothingChanges() throws Exception {
        Path folder = SampleStore.copyTo(tmp.resolve("db"));
        try (Database db = Database.open(folder, TestPassword.chars())) {
            new BackupService(db, new MutableClock(DAY)).backupTo(tmp.resolve("good.zip"));
        }
        RestoreService restore = new RestoreService(folder, f -> Database.open(f, TestPassword.chars()), new MutableClock(DAY));
        Map<String, String> before = fingerprint(folder);

        Path text = Files.writeString(tmp.resolve("notes.zip"), "これはバックアップではありません");
        assertEquals("バックアップファイルではありません（zip 形式ではありません）。",
                assertThrows(BackupRejectedException.class, () -> restore.stage(text)).getMessage());
        Path otherZip = zip(tmp.resolve("other.zip"), "list.csv", "a,b\n".getBytes());
        assertEquals("バックアップファイルではありません（連携デスクのデータベースが入っていません）。",
                assertThrows(BackupRejectedException.class, () -> restore.stage(otherZip)).getMessage());
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Path corrupt = zip(tmp.resolve("corrupt.zip"), "renkei.mv.db", garbage);
        assertTrue(assertThrows(BackupRejectedException.class, () -> restore.stage(corrupt)).getMessage()
                .startsWith("バックアップを開けません。"));
        Path truncated = tmp.resolve("truncated.zip");
        byte[] good = Files.readAllBytes(tmp.resolve("good.zip"));
        Files.write(truncated, java.util.Arrays.copyOf(good, good.length / 2));
        assertThrows(BackupRejectedException.class, () -> restore.stage(truncated));

        assertEquals(before, fingerprint(folder), "no file of the database folder changed, none left behind");
    }

    @Test
    void aServerDatabaseHasNoFolderAndEveryRestoreIsRefusedInJapanese() throws Exception {
        Path folder = SampleStore.copyTo(tmp.resolve("db"));
        try (Database db = Database.open(folder, TestPassword.chars())) {
            new BackupService(db, new MutableClock(DAY)).backupTo(tmp.resolve("good.zip"));
        }
        // the window builds its restore service from Database.folder(), which is null for PostgreSQL
        RestoreService restore = new RestoreService(null, f -> Database.open(f, TestPassword.chars()), new MutableClock(DAY));
        BackupRejectedException e = assertThrows(BackupRejectedException.class, () -> restore.stage(tmp.resolve("good.zip")));
        assertEquals(BackupService.SERVER_REFUSAL, e.getMessage());
    }

    @Test
    void theDatabaseIsNotReplacedWhileItIsOpen() {
        Path folder = SampleStore.copyTo(tmp.resolve("db"));
        MutableClock clock = new MutableClock(DAY);
        Path zip = tmp.resolve("b.zip");
        try (Database db = Database.open(folder, TestPassword.chars())) {
            new BackupService(db, clock).backupTo(zip);
            RestoreService restore = new RestoreService(folder, f -> Database.open(f, TestPassword.chars()), clock);
            RestoreService.Staged staged = restore.stage(zip);
            assertEquals("データベースが使用中です。連携デスクを終了してから復元してください。",
                    assertThrows(BackupRejectedException.class, () -> restore.replace(staged)).getMessage());
            assertTrue(Files.exists(folder.resolve("renkei.mv.db")));
            restore.discard(staged);
            assertFalse(Files.exists(staged.folder()));
        }
    }

    @Test
    void theFirstStartOfEachDayBacksUpAndFortyDaysLeaveSevenDailyAndFourWeekly() {
        Path folder = tmp.resolve("db");
        MutableClock clock = new MutableClock(DAY.minusDays(39));
        try (Database db = Database.open(folder, TestPassword.chars())) {
            BackupService backups = new BackupService(db, clock);
            for (int i = 0; i < 40; i++) {
                clock.setDay(DAY.minusDays(39 - i));
                assertTrue(backups.dailyIfDue().isPresent());
                assertTrue(backups.dailyIfDue().isEmpty(), "once a day");
            }
            assertEquals(Retention.keep(Stream.iterate(DAY, d -> d.minusDays(1)).limit(40).toList()),
                    backups.daily().keySet());
            assertEquals(11, backups.daily().size());
            assertTrue(backups.daily().containsKey(LocalDate.of(2026, 4, 5)));
            assertEquals(folder.resolve("backups"), backups.dailyFolder());
        }
    }

    private static Path zip(Path file, String entry, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        }
        return file;
    }

    private static Map<String, String> fingerprint(Path folder) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(folder.relativize(f).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        }
        return out;
    }
}
