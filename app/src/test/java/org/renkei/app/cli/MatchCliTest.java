package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code match --batch} on a database holding only the SYNTHETIC tokyo_seed1 import reproduces the 30 public
 * answers of the independent exact solver (count exact, total km within 0.002, same uncovered departments).
 */
class MatchCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path db;

    @BeforeAll
    static void importSynthetic() {
        db = tmp.resolve("db");
        CliRun r = CliRun.run(db, "import", TestFiles.get(CliEndToEndTest.CLINICS).toString(),
                TestFiles.get(CliEndToEndTest.HOURS).toString(), TestFiles.get(CliEndToEndTest.ATTRIBUTES).toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void batchReproducesEveryPublicCase() throws Exception {
        Path batch = Path.of("src/test/resources/match/cases_batch.jsonl");
        Map<String, JsonNode> expected = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/match/cases.jsonl"))) {
            JsonNode n = MAPPER.readTree(line);
            expected.put(n.get("case_id").asText(), n.get("expected"));
        }
        CliRun r = CliRun.run(db, "match", "--batch", batch.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(30, lines.size());
        for (String line : lines) {
            JsonNode got = MAPPER.readTree(line);
            String id = got.get("id").asText();
            JsonNode want = expected.get(id);
            Set<String> uncovered = new TreeSet<>();
            got.get("uncovered").forEach(u -> uncovered.add(u.get("dept").asText()));
            Set<String> wantUncovered = new TreeSet<>();
            want.get("uncovered").forEach(u -> wantUncovered.add(u.isTextual() ? u.asText() : u.get("dept").asText()));
            assertEquals(wantUncovered, uncovered, id);
            Map<String, Double> nearest = new HashMap<>();
            got.get("uncovered").forEach(u -> nearest.put(u.get("dept").asText(), u.get("nearest_km").asDouble()));
            want.get("uncovered").forEach(u -> assertEquals(u.get("nearest_km").asDouble(),
                    nearest.get(u.get("dept").asText()), 0.002, id + " nearest beyond the limit"));
            if (want.get("count").asInt() == 0) {
                continue;
            }
            JsonNode plan = got.get("plans").get(0);
            assertEquals(want.get("count").asInt(), plan.get("count").asInt(), id);
            assertEquals(want.get("total_km_exact").asDouble(), plan.get("total_km").asDouble(), 0.002, id);
        }
    }

    @Test
    void singleMatchByAddressWithJson() {
        CliRun r = CliRun.run(db, "match", "--address", "東京都府中市宮西町２丁目", "--dept", "内科,皮膚科,整形外科",
                "--km", "5", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode n = r.json();
        assertEquals("town", n.get("origin").get("precision").asText());
        JsonNode best = n.get("plans").get(0);
        Set<String> covered = new TreeSet<>();
        best.get("facilities").forEach(f -> f.get("covers").forEach(c -> covered.add(c.asText())));
        assertEquals(Set.of("内科", "皮膚科", "整形外科"), covered);
        assertTrue(n.get("plans").size() >= 2, "alternatives");
        assertTrue(best.get("count").asInt() <= n.get("plans").get(1).get("count").asInt());
    }

    @Test
    void unknownDepartmentIsRejectedWithItsName() {
        CliRun r = CliRun.run(db, "match", "--at", "35.66,139.48", "--dept", "内科,魔法科");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("魔法科"), r.err());
        assertEquals(2, CliRun.run(db, "match", "--dept", "内科").exit(), "no location is a usage error");
    }
}
