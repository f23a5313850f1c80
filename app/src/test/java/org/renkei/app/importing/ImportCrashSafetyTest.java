package org.renkei.app.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.Launcher;
import org.renkei.app.cli.TestFiles;
import org.renkei.app.store.Database;
import org.renkei.app.store.TableSnapshot;
import org.renkei.dataimport.geo.Geocoder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} in the middle of a large import loses nothing: a child JVM runs the real CLI {@code import} of the
 * nationwide 厚生局 code list (97,024 rows) into a real H2 folder that already holds the sample (583 hospitals), and is
 * killed with SIGKILL ({@link Process#destroyForcibly}) at several points. After each kill the folder opens normally
 * and every table is exactly as before the killed import; after the last one a full import of the same file works.
 *
 * <p>The kill points follow the import's own progress as seen from outside, the growth of the database file (H2 writes
 * a large transaction's rows to the file before the commit): a first full import into a copy measures how much the file
 * grows, and the children are killed when theirs has grown by a share of that (from 1 % to 95 %, so the reading phase,
 * the linking phase and the commit are all hit), plus one kill shortly after start, before any write. Timing on a
 * loaded machine does not move the points; a child that finished before its point is reported and not counted.
 */
class ImportCrashSafetyTest {
    private static final double[] GROWTH_SHARES = {0.01, 0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 0.95};

    @TempDir
    Path dir;

    @Test
    void killingTheImportAnywhereLeavesThePreviousDataIntact() throws Exception {
        Path list = TestFiles.get("data/kouseikyoku_all_med_inst_cd_202508.zip").toAbsolutePath();
        Path db = dir.resolve("db");
        try (Database d = Database.open(db)) {
            new ImportService(d, Readers.standard(), Geocoder.bundled())
                    .importAll(List.of(SampleData.extract()), ImportListener.NONE);
        }
        List<String> before = TableSnapshot.of(db);
        assertTrue(before.contains("FACILITY rows=583"), before.get(0));

        Path measured = copy(db, dir.resolve("measure"));
        long start = dbFileSize(measured);
        Process full = child(measured, list, "measure");
        assertTrue(full.waitFor(10, TimeUnit.MINUTES), "the measuring import hung");
        assertEquals(0, full.exitValue(), log("measure"));
        long growth = dbFileSize(measured) - start;
        assertTrue(growth > 1_000_000, "the import grows the database file: " + growth);

        List<String> kills = new ArrayList<>();
        kills.add(killAt(db, list, "startup", -1, before));
        for (double share : GROWTH_SHARES) {
            kills.add(killAt(db, list, "growth " + share, dbFileSize(db) + (long) (share * growth), before));
        }
        long killed = kills.stream().filter(k -> k.startsWith("killed")).count();
        System.out.println("crash safety: " + killed + " kill points, 0 lost\n  " + String.join("\n  ", kills));
        assertTrue(killed >= 5, "at least five imports were killed midway: " + kills);

        Process fresh = child(db, list, "fresh");
        assertTrue(fresh.waitFor(10, TimeUnit.MINUTES), "the import after the kills hung");
        assertEquals(0, fresh.exitValue(), log("fresh"));
        assertTrue(log("fresh").contains("97024 行, 追加 96488"), log("fresh"));
        assertTrue(TableSnapshot.of(db).contains("FACILITY rows=97071"), "583 + 96,488 facilities");
    }

    /**
     * Starts the import and kills it when the database file has reached {@code killAtSize} bytes (or 1.5 s after
     * start when negative); then checks that the folder opens with exactly the tables of {@code before}.
     */
    private String killAt(Path db, Path list, String point, long killAtSize, List<String> before) throws Exception {
        Process p = child(db, list, "kill");
        long started = System.nanoTime();
        while (p.isAlive() && (killAtSize < 0 ? System.nanoTime() - started < 1_500_000_000L
                : dbFileSize(db) < killAtSize)) {
            Thread.sleep(10);
        }
        String what;
        if (p.isAlive()) {
            long size = dbFileSize(db);
            p.destroyForcibly();
            assertTrue(p.waitFor(1, TimeUnit.MINUTES));
            assertEquals(137, p.exitValue(), "ended by SIGKILL");
            what = String.format("killed at %s after %d ms, database file %,d bytes", point,
                    (System.nanoTime() - started) / 1_000_000, size);
        } else {
            what = "finished before " + point + " (exit " + p.exitValue() + ")";
        }
        assertEquals(before, TableSnapshot.of(db), "data lost or changed after: " + what);
        return what;
    }

    /** A child JVM running the CLI {@code import --db db list}, output to files named after {@code name}. */
    private Process child(Path db, Path list, String name) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", cp,
                "-Drenkei.log.dir=" + dir.resolve("logs"), "-Djava.awt.headless=true", Launcher.class.getName(),
                "import", "--db", db.toString(), list.toString());
        pb.redirectOutput(dir.resolve(name + ".out").toFile());
        pb.redirectError(dir.resolve(name + ".err").toFile());
        pb.environment().remove("RENKEI_DB");
        return pb.start();
    }

    private String log(String name) throws Exception {
        return Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8)
                + Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8);
    }

    private static long dbFileSize(Path db) throws Exception {
        try (Stream<Path> files = Files.list(db)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

}
