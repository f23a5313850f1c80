package org.renkei.app.importing.fuzz;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The regression corpus of the fuzzing run ({@link ImportFuzzRunTest}), in the normal build: mutated real files kept
 * in {@code src/test/resources/fuzz/<id>/<original name>}, listed in {@code manifest.tsv} (id, name, import profile or
 * "-", the outcome, the mutation). Each is imported through the real path into one real H2 database; it must end as
 * the manifest says, imported or cleanly rejected (Japanese message naming the file, no table changed), never by
 * another exception, a hang or a partial write. The cases that found bugs are marked in the manifest's last column.
 */
class FuzzCorpusTest {
    private static final Path CORPUS = Path.of("src", "test", "resources", "fuzz");

    @TempDir
    static Path dir;
    static FuzzHarness harness;

    @BeforeAll
    static void open() throws Exception {
        harness = new FuzzHarness(dir.resolve("db"));
    }

    @AfterAll
    static void close() {
        harness.close();
    }

    static Stream<Arguments> corpus() throws Exception {
        return Files.readAllLines(CORPUS.resolve("manifest.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .map(f -> Arguments.of(f[0], f[1], f[2], f[3], f[4]));
    }

    @ParameterizedTest(name = "{0} {1} {4}")
    @MethodSource("corpus")
    void endsAsRecorded(String id, String name, String profile, String expected, String mutation) {
        assertNotEquals(FuzzHarness.Kind.CRASH.name(), expected, id + ": a crash is never a recorded outcome");
        FuzzHarness.Outcome o = harness.run(CORPUS.resolve(id).resolve(name), profile.equals("-") ? null : profile);
        assertEquals(expected, o.kind().name(), () -> id + " " + mutation + ": " + o.detail());
    }

    @Test
    void theCorpusIsSmallAndCoversEveryReader() throws Exception {
        long bytes;
        try (Stream<Path> files = Files.walk(CORPUS)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        assertTrue(bytes < 2 * 1024 * 1024, "corpus " + bytes + " bytes");
        List<String> names = corpus().map(a -> (String) a.get()[1]).distinct().toList();
        for (FuzzSeeds.Seed seed : FuzzSeeds.all()) {
            assertTrue(names.contains(seed.name()), "no corpus case for " + seed.name());
        }
    }
}
