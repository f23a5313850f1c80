package org.renkei.app.cases;

import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService;
import org.renkei.app.importing.Readers;
import org.renkei.app.importing.SampleData;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.dataimport.geo.Geocoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A database holding the bundled real sample (583 Tokyo hospitals), imported once per test run through the real
 * import service and copied file by file into each test's folder.
 */
public final class SampleStore {
    private static Path template;

    private SampleStore() {
    }

    /** A fresh copy of the imported sample database in {@code folder} (created). */
    public static Path copyTo(Path folder) {
        Path source = template();
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, folder.resolve(f.getFileName()));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path template() {
        if (template == null) {
            try {
                Path dir = Files.createTempDirectory("renkei-sample-db");
                try (Database db = Database.open(dir, TestPassword.chars())) {
                    new ImportService(db, Readers.standard(), Geocoder.bundled())
                            .importAll(List.of(SampleData.extract()), ImportListener.NONE);
                }
                template = dir;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            } catch (Exception e) {
                throw new IllegalStateException("cannot import the bundled sample", e);
            }
        }
        return template;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
