package org.renkei.app.importing.fuzz;

import org.renkei.app.cli.TestFiles;
import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportProfiles;
import org.renkei.app.importing.ImportService;
import org.renkei.app.importing.ReaderResolver;
import org.renkei.app.importing.Readers;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.TableSnapshot;
import org.renkei.dataimport.geo.Geocoder;
import org.renkei.dataimport.read.ImportRejectedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Runs files through the real import path (plan with the standard detector or an import profile, then
 * {@link ImportService#importFile}) into a real H2 database that already holds two imports, and classifies each
 * outcome: imported, cleanly rejected ({@link ImportRejectedException} with a Japanese message naming the file, and
 * every table exactly as before), or a crash (any other throwable, a hang past {@link #HANG}, a rejected file that
 * changed a table). The table snapshot is taken again only after a file was imported, so a rejection costs one.
 */
final class FuzzHarness implements AutoCloseable {
    /** A case running longer is taken for a hang. Not a speed assertion: a case normally takes well under a second. */
    static final Duration HANG = Duration.ofSeconds(30);

    enum Kind { IMPORTED, REJECTED, CRASH }

    /** How one file ended; {@code detail} is the Japanese message of a rejection or what crashed. */
    record Outcome(Kind kind, String detail, Throwable error) {
    }

    private final Database db;
    private final ImportService service;
    private final Map<String, ReaderResolver> profiles = new HashMap<>();
    private List<String> snapshot;

    FuzzHarness(Path folder) throws Exception {
        db = Database.open(folder, TestPassword.chars());
        service = new ImportService(db, Readers.standard(), Geocoder.bundled());
        for (String base : List.of("mhlw_01-1_hospital_facility_info_20250601_SAMPLE.csv",
                "kouseikyoku_layout_sample.xlsx")) {
            service.importAll(List.of(TestFiles.get("data/" + base)), ImportListener.NONE);
        }
        snapshot = TableSnapshot.of(db);
    }

    /** Imports {@code file} (through the profile at test resource {@code profile} when not null). */
    Outcome run(Path file, String profile) {
        try {
            return assertTimeoutPreemptively(HANG, () -> attempt(file, profile), () -> "hang: " + file);
        } catch (Throwable t) {
            return new Outcome(Kind.CRASH, t.toString(), t);
        }
    }

    private Outcome attempt(Path file, String profile) throws Exception {
        ReaderResolver resolver = profile == null ? Readers.standard() : profiles.computeIfAbsent(profile, p -> {
            try {
                return Readers.profile(ImportProfiles.load(TestFiles.get(p)));
            } catch (ImportRejectedException e) {
                throw new IllegalStateException(e);
            }
        });
        List<ImportService.Planned> planned;
        try {
            planned = ImportService.plan(List.of(file), resolver);
        } catch (ImportRejectedException e) {
            return rejected(file, e, false);
        }
        try {
            service.importFile(planned.get(0), ImportListener.NONE);
        } catch (ImportRejectedException e) {
            return rejected(file, e, true);
        }
        snapshot = TableSnapshot.of(db);
        return new Outcome(Kind.IMPORTED, "", null);
    }

    private Outcome rejected(Path file, ImportRejectedException e, boolean wrote) throws Exception {
        String message = e.getMessage();
        String name = file.getFileName().toString();
        if (e.problem() == null || !e.problem().file().startsWith(name) || !japanese(e.problem().message())) {
            return new Outcome(Kind.CRASH, "rejection without a Japanese message naming the file: " + message, e);
        }
        if (wrote && !TableSnapshot.of(db).equals(snapshot)) {
            return new Outcome(Kind.CRASH, "partial write: a rejected file changed the tables: " + message, e);
        }
        return new Outcome(Kind.REJECTED, message, null);
    }

    static boolean japanese(String s) {
        return s != null && s.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        });
    }

    /** Writes {@code bytes} as {@code dir/name}, replacing what was there. */
    static Path write(Path dir, String name, byte[] bytes) throws Exception {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), bytes);
    }

    @Override
    public void close() {
        db.close();
    }
}
