package org.renkei.app.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.Launcher;
import org.renkei.app.cli.TestFiles;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.TableSnapshot;
import org.renkei.dataimport.geo.Geocoder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} in the middle of a large import loses nothing: a child JVM runs the real CLI
 * {@code import --progress} of the nationwide 厚生局 code list (97,024 rows) into a real H2 folder that already holds
 * the sample (583 hospitals), and is killed with SIGKILL ({@link Process#destroyForcibly}) at several points, each on
 * its own copy of that folder. After each kill the folder opens normally with exactly the tables of before; then a
 * full import into a killed folder works.
 *
 * <p>The kill points follow the child's progress lines (one per 10,000 rows read), so a loaded machine does not move
 * them: 1.5 s after start (before any write), then after 10,000, 30,000, 50,000, 70,000 and 90,000 rows read (the
 * rows are in the open transaction, much of it already in the database file). An extra point kills it once 90,000 rows
 * were read and the database file has grown another 8 MB (the last rows, linking or committing): there the folder must
 * be either as before or hold the complete import (every table's row count as in the full import), never anything
 * between.
 */
class ImportCrashSafetyTest {
    private static final long[] ROWS_READ = {10_000, 30_000, 50_000, 70_000, 90_000};
    private static final Pattern PROGRESS = Pattern.compile("^  ([\\d,]+) 行$", Pattern.MULTILINE);

    @TempDir
    Path dir;
    private Path list;
    private Path template;
    private List<String> before;

    @Test
    void killingTheImportAnywhereLeavesThePreviousDataIntact() throws Exception {
        list = TestFiles.get("data/kouseikyoku_all_med_inst_cd_202508.zip").toAbsolutePath();
        template = dir.resolve("template");
        try (Database d = Database.open(template, TestPassword.chars())) {
            new ImportService(d, Readers.standard(), Geocoder.bundled())
                    .importAll(List.of(SampleData.extract()), ImportListener.NONE);
        }
        before = TableSnapshot.of(template);
        assertTrue(before.contains("FACILITY rows=583"), before.get(0));

        List<String> kills = new ArrayList<>();
        kills.add(killAt("1.5 s after start", 0, -1, 0));
        for (int i = 0; i < ROWS_READ.length; i++) {
            kills.add(killAt(String.format("%,d rows read", ROWS_READ[i]), i + 1, ROWS_READ[i], 0));
        }
        int late = ROWS_READ.length + 1;
        kills.add(killAt("90,000 rows read + 8 MB written", late, 90_000, 8L * 1024 * 1024));

        Path fresh = dir.resolve("kill-1");
        Process p = child(fresh, "fresh");
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the import after the kill hung");
        assertEquals(0, p.exitValue(), log("fresh"));
        assertTrue(log("fresh").contains("97024 行, 追加 96488"), log("fresh"));
        List<String> complete = counts(TableSnapshot.of(fresh));
        assertTrue(complete.contains("FACILITY rows=97071"), "583 + 96,488 facilities: " + complete);

        List<String> lateState = TableSnapshot.of(dir.resolve("kill-" + late));
        assertTrue(lateState.equals(before) || counts(lateState).equals(complete),
                "the late kill left a half-written import: " + counts(lateState));
        System.out.println("crash safety: " + kills.size() + " kill points, 0 lost\n  " + String.join("\n  ", kills)
                + (lateState.equals(before) ? " → as before" : " → import complete (killed after its commit)"));
    }

    /**
     * Starts the import into a fresh copy of the template and kills it after {@code rows} rows were read and then
     * the database file grew {@code grown} bytes more (1.5 s after start when {@code rows} is negative). For the points
     * during reading, the folder must then hold exactly the tables of before.
     */
    private String killAt(String point, int index, long rows, long grown) throws Exception {
        Path db = copy(template, dir.resolve("kill-" + index));
        String name = "kill-" + index;
        Process p = child(db, name);
        long started = System.nanoTime();
        long sizeAtRows = -1;
        while (p.isAlive()) {
            if (rows < 0) {
                if (System.nanoTime() - started > 1_500_000_000L) {
                    break;
                }
            } else if (sizeAtRows < 0) {
                sizeAtRows = rowsRead(name) >= rows ? dbFileSize(db) : -1;
            } else if (dbFileSize(db) >= sizeAtRows + grown) {
                break;
            }
            Thread.sleep(5);
        }
        if (!p.isAlive() && grown > 0) {
            return point + ": the import ended before this extra point (exit " + p.exitValue() + ")";
        }
        assertTrue(p.isAlive(), point + ": the import ended before the kill point: " + log(name));
        long read = rowsRead(name);
        long size = dbFileSize(db);
        p.destroyForcibly();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(137, p.exitValue(), "ended by SIGKILL");
        String what = String.format("%s: killed after %,d ms, %,d rows read, database file %,d bytes", point,
                (System.nanoTime() - started) / 1_000_000, read, size);
        if (grown == 0) {
            assertEquals(before, TableSnapshot.of(db), "data lost or changed: " + what);
        }
        return what;
    }

    /** The highest row count the child has reported on stderr. */
    private long rowsRead(String name) throws Exception {
        Matcher m = PROGRESS.matcher(Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8));
        long max = 0;
        while (m.find()) {
            max = Math.max(max, Long.parseLong(m.group(1).replace(",", "")));
        }
        return max;
    }

    /** The row count line of every table ("FACILITY rows=583" …). */
    private static List<String> counts(List<String> snapshot) {
        return snapshot.stream().filter(l -> l.matches("\\S+ rows=\\d+")).toList();
    }

    /** A child JVM running the CLI {@code import --progress --db db list}, output to files named after it. */
    private Process child(Path db, String name) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", cp,
                "-Drenkei.log.dir=" + dir.resolve("logs"), "-Djava.awt.headless=true", Launcher.class.getName(),
                "import", "--progress", "--db", db.toString(), list.toString());
        pb.redirectOutput(dir.resolve(name + ".out").toFile());
        pb.redirectError(dir.resolve(name + ".err").toFile());
        pb.environment().remove("RENKEI_DB");
        pb.environment().put("RENKEI_DB_PASSWORD", TestPassword.TEXT);
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
