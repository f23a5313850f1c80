package org.renkei.app.cases;

import org.renkei.app.importing.ImportListener;
import org.renkei.app.importing.ImportService;
import org.renkei.app.importing.Readers;
import org.renkei.app.importing.SampleData;
import org.renkei.app.store.Database;
import org.renkei.app.store.StoreKind;
import org.renkei.app.store.TestDatabase;
import org.renkei.dataimport.geo.Geocoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A database holding the bundled real sample (583 Tokyo hospitals), imported once per test run and store kind
 * through the real import service, and copied for each test (H2: file by file; PostgreSQL: schema to schema).
 */
public final class SampleStore {
    private static final Map<StoreKind, TestDatabase> TEMPLATES = new EnumMap<>(StoreKind.class);

    private SampleStore() {
    }

    /** A fresh copy of the imported sample database in {@code folder} (created), on H2. */
    public static Path copyTo(Path folder) {
        Path source = template(StoreKind.H2).folder();
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

    /** A fresh copy of the imported sample database of this kind (H2 under {@code tmp}). */
    public static TestDatabase create(StoreKind kind, Path tmp) {
        return template(kind).copy(tmp);
    }

    private static synchronized TestDatabase template(StoreKind kind) {
        TestDatabase template = TEMPLATES.get(kind);
        if (template == null) {
            Path dir = temporaryFolder();
            template = kind.create(dir);
            try {
                try (Database db = template.open()) {
                    new ImportService(db, Readers.standard(), Geocoder.bundled())
                            .importAll(List.of(SampleData.extract()), ImportListener.NONE);
                }
                TestDatabase made = template;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        made.close();
                    } finally {
                        delete(dir);
                    }
                }));
                TEMPLATES.put(kind, template);
            } catch (Exception e) {
                throw new IllegalStateException("cannot import the bundled sample", e);
            }
        }
        return template;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("renkei-sample-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
