package org.renkei.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bundled sample: the 583 Tokyo hospitals with departments (MHLW ナビイ open data 2025-06-01, processed;
 * see {@code sample/ATTRIBUTION.md} in the resources).
 */
public final class SampleData {
    public static final String FILE_NAME = "tokyo_hospitals_mhlw20250601_with_departments_DERIVED.csv";
    private static final String RESOURCE = "/org/renkei/app/sample/" + FILE_NAME;

    private SampleData() {
    }

    /** Copies the bundled file into a fresh temporary folder (keeping its name) and returns the copy. */
    public static Path extract() {
        try (InputStream in = SampleData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample missing: " + RESOURCE);
            }
            Path dir = Files.createTempDirectory("renkei-sample");
            Path file = dir.resolve(FILE_NAME);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
