package org.renkei.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real and SYNTHETIC test files kept once in the repository, under data-import's test resources
 * (see the README there for sources and licences). Maven runs app tests with the app module as working directory.
 */
public final class TestFiles {
    private static final Path ROOT = Path.of("..", "data-import", "src", "test", "resources");

    private TestFiles() {
    }

    public static Path get(String relative) {
        Path p = ROOT.resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("test file missing: " + p.toAbsolutePath());
        }
        return p;
    }
}
