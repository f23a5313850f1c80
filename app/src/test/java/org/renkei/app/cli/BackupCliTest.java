package org.renkei.app.cli;

import org.junit.jupiter.api.Test;
import org.renkei.app.store.TestPassword;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code backup --out} and {@code restore FILE [--yes]} over a copy of the real sample. */
class BackupCliTest extends SampleCli {
    @Test
    void backupChangeRestoreBringsTheDataBackAndKeepsTheReplacedCopy() throws Exception {
        String first = create(FUCHU);
        Path zip = tmp.resolve("backups").resolve("b.zip");
        String printed = ok("backup", "--out", zip.toString(), "--staff", "鈴木").out();
        assertTrue(printed.startsWith(zip.toAbsolutePath().toString()), printed);
        String second = create(FUCHU);
        ok("case", "show", "--case", second);

        String restored = ok("restore", zip.toString(), "--yes", "--staff", "鈴木").out();

        assertTrue(restored.contains("バックアップの内容: 施設 583件・ケース 1件・紹介先 0件"), restored);
        assertEquals(3, CliRun.run(db, "case", "show", "--case", second).exit(), "the later case is gone");
        ok("case", "show", "--case", first);
        List<Path> replaced = replacedFolders();
        assertEquals(1, replaced.size());
        assertTrue(restored.contains(replaced.get(0).toString()), restored);
        String audit = ok("audit").out();
        assertTrue(audit.contains("鈴木\t復元\tZIP 1件\t施設 583件・ケース 1件・紹介先 0件（置き換え前: replaced-"), audit);
        // the replaced database is a whole database: it still has both cases
        CliRun old = CliRun.run(replaced.get(0), "case", "show", "--case", second);
        assertEquals(0, old.exit(), old.err());
        String oldAudit = CliRun.run(replaced.get(0), "audit").out();
        assertTrue(oldAudit.contains("鈴木\tバックアップ\tZIP 1件\t手動"), "recorded after the backup was taken: " + oldAudit);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingChanges() throws Exception {
        String id = create(FUCHU);
        Path notes = Files.writeString(tmp.resolve("notes.zip"), "メモ");
        CliRun r = CliRun.run(db, "restore", notes.toString(), "--yes");
        assertEquals(3, r.exit());
        assertEquals("バックアップファイルではありません（zip 形式ではありません）。", r.err().strip());
        CliRun missing = CliRun.run(db, "restore", tmp.resolve("nothing.zip").toString(), "--yes");
        assertEquals(3, missing.exit());
        assertEquals("バックアップファイルが見つかりません: nothing.zip", missing.err().strip());
        CliRun badName = CliRun.run(db, "backup", "--out", tmp.resolve("b.txt").toString());
        assertEquals(3, badName.exit());
        assertTrue(replacedFolders().isEmpty());
        try (Stream<Path> files = Files.list(db)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("restore-")), "no staging left");
        }
        ok("case", "show", "--case", id);
    }

    @Test
    void withoutYesTheAnswerNoLeavesTheDatabaseAsItWas() throws Exception {
        Path zip = tmp.resolve("b.zip");
        ok("backup", "--out", zip.toString());
        String id = create(FUCHU);
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("n\n".getBytes(StandardCharsets.UTF_8)));
            CliRun r = CliRun.run(db, "restore", zip.toString());
            assertEquals(3, r.exit());
            assertTrue(r.out().contains("置き換えますか？"), r.out());
            assertTrue(r.err().startsWith("復元を中止しました。何も変更していません"), r.err());
        } finally {
            System.setIn(stdin);
        }
        ok("case", "show", "--case", id);
        assertTrue(replacedFolders().isEmpty());
    }

    @Test
    void aBackupTakenBeforeAPasswordChangeOpensOnlyWithTheOldPasswordWhichTheRestoredDatabaseKeeps() throws Exception {
        String first = create(FUCHU);
        Path zip = tmp.resolve("before-change.zip");
        ok("backup", "--out", zip.toString());
        String newPassword = "新しいパスワード-2026";
        Map<String, String> changed = Map.of("RENKEI_DB_PASSWORD", newPassword);
        assertEquals(0, CliRun.runIn(CliEnvironment.of(Map.of("RENKEI_DB_PASSWORD", TestPassword.TEXT,
                "RENKEI_DB_NEW_PASSWORD", newPassword)), db, "password", "change").exit());
        String second = create(FUCHU, changed);

        CliRun refused = CliRun.runIn(CliEnvironment.of(changed), db, "restore", zip.toString(), "--yes");
        assertEquals(3, refused.exit());
        assertEquals("バックアップを開けません。壊れているか、別のパスワードで暗号化されています。", refused.err().strip());
        assertTrue(replacedFolders().isEmpty());
        assertEquals(0, CliRun.runIn(CliEnvironment.of(changed), db, "case", "show", "--case", second).exit());

        // With the password of its time the backup restores, and the database then has that password again.
        ok("restore", zip.toString(), "--yes");
        ok("case", "show", "--case", first);
        assertEquals(3, CliRun.runIn(CliEnvironment.of(changed), db, "stats").exit());
        List<Path> replaced = replacedFolders();
        assertEquals(1, replaced.size());
        CliRun kept = CliRun.runIn(CliEnvironment.of(changed), replaced.get(0), "case", "show", "--case", second);
        assertEquals(0, kept.exit(), "the replaced copy keeps the newer password and the later case: " + kept.err());
    }

    private String create(Path json, Map<String, String> env) {
        CliRun r = CliRun.runIn(CliEnvironment.of(env), db, "case", "create", "--json", json.toString());
        assertEquals(0, r.exit(), r.err());
        return r.out().strip();
    }

    private List<Path> replacedFolders() throws Exception {
        try (Stream<Path> files = Files.list(db)) {
            return files.filter(p -> p.getFileName().toString().startsWith("replaced-")).toList();
        }
    }
}
