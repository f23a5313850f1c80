package org.renkei.app.importing.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The large fuzzing run, off in the normal build: {@code -Drenkei.fuzz.count=3000} mutates the {@link FuzzSeeds} in
 * turn (case i mutates seed i mod n with seed number i, so a run is repeatable and a case can be replayed alone with
 * {@code -Drenkei.fuzz.only=i}) and imports each mutant through {@link FuzzHarness}. It prints the counts per seed
 * and outcome, writes every crash and every {@code renkei.fuzz.sample}-th case (default 40) below
 * {@code target/fuzz-run/} with a manifest line in the format of the regression corpus ({@link FuzzCorpusTest}),
 * and fails when any case crashed, hung or wrote part of a rejected file.
 */
@EnabledIfSystemProperty(named = "renkei.fuzz.count", matches = "\\d+")
class ImportFuzzRunTest {
    @TempDir
    Path dir;

    @Test
    void mutatedRealFilesEndInAnImportOrACleanRejection() throws Exception {
        int count = Integer.getInteger("renkei.fuzz.count");
        int sample = Integer.getInteger("renkei.fuzz.sample", 40);
        Integer only = Integer.getInteger("renkei.fuzz.only");
        Path out = Path.of("target", "fuzz-run");
        List<FuzzSeeds.Seed> seeds = FuzzSeeds.all();
        Map<String, int[]> perSeed = new TreeMap<>();
        Map<String, Integer> messages = new TreeMap<>();
        List<String> manifest = new ArrayList<>();
        List<String> crashes = new ArrayList<>();
        long started = System.nanoTime();
        int tried = 0;
        try (FuzzHarness harness = new FuzzHarness(dir.resolve("db"))) {
            for (int i = only == null ? 0 : only; i < (only == null ? count : only + 1); i++) {
                FuzzSeeds.Seed seed = seeds.get(i % seeds.size());
                Mutator.Mutant m = Mutator.mutate(seed.name(), seed.bytes(), i);
                Path file = FuzzHarness.write(dir.resolve("case"), seed.name(), m.bytes());
                FuzzHarness.Outcome o = harness.run(file, seed.profile());
                tried++;
                perSeed.computeIfAbsent(seed.name(), k -> new int[3])[o.kind().ordinal()]++;
                if (o.kind() == FuzzHarness.Kind.REJECTED) {
                    String msg = o.detail().substring(o.detail().indexOf(": ") + 2);
                    messages.merge(msg.substring(0, Math.min(24, msg.length())), 1, Integer::sum);
                }
                boolean crash = o.kind() == FuzzHarness.Kind.CRASH;
                if (crash || i % sample == 0) {
                    String id = String.format("%05d", i);
                    FuzzHarness.write(out.resolve("cases").resolve(id), seed.name(), m.bytes());
                    manifest.add(String.join("\t", id, seed.name(), seed.profile() == null ? "-" : seed.profile(),
                            o.kind().name(), m.description()));
                }
                if (crash) {
                    crashes.add(i + " " + seed.name() + " [" + m.description() + "]: " + o.detail());
                    o.error().printStackTrace(System.out);
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        StringBuilder report = new StringBuilder(String.format("fuzz: %d mutated files tried in %d s%n", tried,
                seconds));
        perSeed.forEach((seed, n) -> report.append(String.format("  %-62s imported %4d rejected %4d crash %d%n",
                seed, n[0], n[1], n[2])));
        report.append("rejection messages (first 24 chars):\n");
        messages.forEach((msg, n) -> report.append(String.format("  %5d  %s%n", n, msg)));
        crashes.forEach(c -> report.append("CRASH ").append(c).append('\n'));
        System.out.println(report);
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.txt"), report, StandardCharsets.UTF_8);
        Files.write(out.resolve("manifest.tsv"), manifest, StandardCharsets.UTF_8);
        assertEquals(List.of(), crashes);
    }
}
