package org.renkei.app.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.cases.SampleStore;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI run in-process on a fresh copy of the imported real sample, with the example case at hand. */
abstract class SampleCli {
    static final Path FUCHU = Path.of("src/test/resources/cases/case-fuchu.json");

    @TempDir
    Path tmp;
    Path db;

    @BeforeEach
    void sample() {
        db = SampleStore.copyTo(tmp.resolve("db"));
    }

    /** Runs the CLI on the sample copy and requires exit 0. */
    CliRun ok(String... args) {
        CliRun r = CliRun.run(db, args);
        assertEquals(0, r.exit(), String.join(" ", args) + " → " + r.err());
        return r;
    }

    /** {@code case create --json FILE}; returns the new case's id, which must be all it prints. */
    String create(Path json) {
        String out = ok("case", "create", "--json", json.toString()).out();
        assertTrue(out.matches("\\d+\\R"), "the id only: " + out);
        return out.strip();
    }
}
