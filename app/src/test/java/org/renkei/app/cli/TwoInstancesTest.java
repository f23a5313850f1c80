package org.renkei.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A second process on the same encrypted database (the jar's CLI in a child JVM) gets a clear Japanese message and
 * exit 3 while this JVM holds it open, and works once it is closed.
 */
class TwoInstancesTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondProcessIsToldTheDatabaseIsInUse() throws Exception {
        Path db = tmp.resolve("db");
        try (Database open = Database.open(db, TestPassword.chars())) {
            Result busy = stats(db);
            assertEquals(3, busy.exit, busy.err);
            assertEquals("このデータベースは別の連携デスク（画面またはコマンド）が使用中です: " + db
                    + "。そちらを終了してから再度お試しください。", busy.err.strip());
        }
        Result free = stats(db);
        assertEquals(0, free.exit, free.err);
        assertTrue(free.out.startsWith("施設数: 0"), free.out);
    }

    record Result(int exit, String out, String err) {
    }

    private Result stats(Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", classpath,
                "-Drenkei.log.dir=" + tmp.resolve("logs"), "org.renkei.app.Launcher", "stats", "--db", db.toString()));
        pb.environment().put("RENKEI_DB_PASSWORD", TestPassword.TEXT);
        pb.environment().remove("RENKEI_DB");
        File out = tmp.resolve("out.txt").toFile();
        File err = tmp.resolve("err.txt").toFile();
        pb.redirectOutput(out).redirectError(err);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child finishes");
        return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
