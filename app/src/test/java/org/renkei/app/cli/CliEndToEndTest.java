package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.StoreSnapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI contract of PRODUCT.md, run in-process against real files and a real H2 folder. */
class CliEndToEndTest {
    static final String CLINICS = "data/02-1_clinic_facility_info_SYNTH.csv";
    static final String HOURS = "data/02-2_clinic_speciality_hours_SYNTH.csv";
    static final String ATTRIBUTES = "data/clinic_attributes_SYNTH.csv";

    @TempDir
    Path tmp;

    @Test
    void sampleImportThenSearchNearestFirst() {
        Path db = tmp.resolve("db");
        CliRun imported = CliRun.run(db, "import", "--sample", "--json");
        assertEquals(0, imported.exit(), imported.err());
        JsonNode file = imported.json().get("files").get(0);
        assertEquals(583, file.get("added").asInt());

        CliRun stats = CliRun.run(db, "stats", "--json");
        assertEquals(583, stats.json().get("facilities").asInt());
        assertEquals(583, stats.json().get("by_kind").get("病院").asInt());
        assertEquals("mhlw-navii", stats.json().get("sources").get(0).get("source").asText());

        JsonNode noCoordinates = CliRun.run(db, "search", "--name", "むさしの病院", "--json").json()
                .get("results").get(0);
        assertEquals("town", noCoordinates.get("precision").asText(), "0.0,0.0 in the file: geocoded from the address");
        assertEquals(35.736, noCoordinates.get("lat").asDouble(), 0.01);

        CliRun search = CliRun.run(db, "search", "--dept", "皮膚科", "--near", "東京都府中市宮西町２丁目", "--km", "5",
                "--json");
        assertEquals(0, search.exit(), search.err());
        JsonNode results = search.json().get("results");
        assertTrue(results.size() >= 3, search.out());
        assertEquals("稲城市立病院", results.get(0).get("name").asText());
        assertEquals("town", search.json().get("origin").get("precision").asText());
        double previous = 0;
        for (JsonNode r : results) {
            double km = r.get("km").asDouble();
            assertTrue(km >= previous && km <= 5.0, "nearest first within 5 km: " + km);
            previous = km;
            assertTrue(r.get("departments").toString().contains("皮膚科"));
            assertTrue(r.get("address").asText().startsWith("東京都"));
        }
    }

    @Test
    void syntheticPairImportsThenReimportChangesNothing() throws Exception {
        Path db = tmp.resolve("db");
        CliRun first = CliRun.run(db, "import", "--json", TestFiles.get(HOURS).toString(),
                TestFiles.get(CLINICS).toString(), TestFiles.get(ATTRIBUTES).toString());
        assertEquals(0, first.exit(), first.err());
        JsonNode files = first.json().get("files");
        assertEquals(3, files.size());
        assertEquals(2000, files.get(0).get("added").asInt(), "facility list first whatever the order given");
        assertEquals(2000, files.get(1).get("updated").asInt(), "departments of all 2,000 clinics");
        assertEquals(2000, files.get(2).get("updated").asInt(), "attributes of all 2,000 clinics");
        List<String> before = content(db);

        CliRun second = CliRun.run(db, "import", "--json", TestFiles.get(CLINICS).toString(),
                TestFiles.get(HOURS).toString(), TestFiles.get(ATTRIBUTES).toString());
        assertEquals(0, second.exit(), second.err());
        for (JsonNode f : second.json().get("files")) {
            assertEquals(0, f.get("added").asInt(), f.toString());
            assertEquals(0, f.get("updated").asInt(), f.toString());
            assertEquals(0, f.get("closed").asInt(), f.toString());
            assertEquals(2000, f.get("unchanged").asInt(), f.toString());
        }
        assertEquals(before, content(db));
    }

    @Test
    void truncatedFileIsRejectedWithExit3AndChangesNothing() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.run(db, "import", TestFiles.get(CLINICS).toString()).exit());
        List<String> before = snapshot(db);

        byte[] bytes = Files.readAllBytes(TestFiles.get(CLINICS));
        Path truncated = tmp.resolve("02-1_clinic_facility_info_SYNTH.csv");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliRun rejected = CliRun.run(db, "import", truncated.toString());
        assertEquals(3, rejected.exit());
        assertEquals(1, rejected.err().strip().lines().count(), rejected.err());
        assertTrue(rejected.err().contains("02-1_clinic_facility_info_SYNTH.csv"), rejected.err());
        assertEquals(before, snapshot(db));
    }

    @Test
    void geocodeReturnsTownPrecision() {
        CliRun g = CliRun.run(null, "geocode", "--json", "東京都調布市小島町２丁目");
        assertEquals(0, g.exit(), g.err());
        JsonNode n = g.json();
        assertEquals("town", n.get("precision").asText());
        assertEquals(35.65, n.get("lat").asDouble(), 0.01);
        assertEquals(139.54, n.get("lng").asDouble(), 0.01);
        assertEquals("東京都調布市小島町二丁目", n.get("matched").asText());
    }

    @Test
    void badInputExitCodes() {
        Path db = tmp.resolve("db");
        CliRun unknownDept = CliRun.run(db, "search", "--dept", "魔法科", "--json");
        assertEquals(3, unknownDept.exit());
        assertTrue(unknownDept.err().contains("魔法科"));
        assertEquals(3, CliRun.run(db, "search", "--near", "ああああ").exit());
        assertEquals(2, CliRun.run(db, "search", "--bogus").exit());
        assertEquals(2, CliRun.run(db, "import").exit());
        CliRun missing = CliRun.run(db, "import", tmp.resolve("nothing.csv").toString());
        assertEquals(3, missing.exit());
        assertFalse(missing.err().isBlank());
    }

    private static List<String> content(Path db) throws Exception {
        try (Database d = Database.open(db, TestPassword.chars())) {
            return StoreSnapshot.content(d);
        }
    }

    private static List<String> snapshot(Path db) throws Exception {
        try (Database d = Database.open(db, TestPassword.chars())) {
            return StoreSnapshot.all(d);
        }
    }
}
