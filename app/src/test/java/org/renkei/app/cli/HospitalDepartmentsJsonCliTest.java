package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.StoreSnapshot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The helpmesearch Tokyo hospital JSON through the CLI: its departments attach to the hospitals the helpmesearch
 * facility CSV imported, a second import changes nothing, and a broken JSON is rejected without writing.
 */
class HospitalDepartmentsJsonCliTest {
    private static final String CSV = "data/helpmesearch_mhlw20250601_hospital_facility_info_tokyo.csv";
    private static final String JSON = "data/helpmesearch_mhlw20250601_hospital_tokyo_departments.json";

    @TempDir
    Path tmp;

    @Test
    void departmentsAttachToTheImportedHospitalsAndReimportIsUnchanged() throws Exception {
        Path db = tmp.resolve("db");
        CliRun facilities = CliRun.run(db, "import", "--json", TestFiles.get(CSV).toString());
        assertEquals(0, facilities.exit(), facilities.err());
        assertEquals(583, facilities.json().get("files").get(0).get("added").asInt());

        CliRun depts = CliRun.run(db, "import", "--json", TestFiles.get(JSON).toString());
        assertEquals(0, depts.exit(), depts.err());
        JsonNode file = depts.json().get("files").get(0);
        assertEquals("mhlw-hospital-departments-json", file.get("format").asText());
        assertEquals(583, file.get("rows").asInt());
        assertEquals(582, file.get("updated").asInt());
        assertEquals(0, file.get("added").asInt());
        assertEquals(55, file.get("problems").size(), "54 unknown labels and one empty list");
        for (JsonNode p : file.get("problems")) {
            assertEquals("departments", p.get("column").asText());
            assertTrue(p.get("row").asInt() >= 1, p.toString());
        }

        JsonNode ohashi = CliRun.run(db, "search", "--json", "--name", "東邦大学医療センター大橋病院").json()
                .get("results").get(0);
        assertEquals("1311132100840", ohashi.get("source_key").asText());
        List<String> names = new ArrayList<>();
        ohashi.get("departments").forEach(d -> names.add(d.asText()));
        assertEquals(23, names.size(), "24 labels, 糖尿病 + 代謝内科 rejoined");
        assertTrue(names.containsAll(List.of("糖尿病・代謝内科", "脳神経内科", "耳鼻いんこう科", "リウマチ科")),
                names.toString());
        assertTrue(!names.contains("代謝内科") && !names.contains("糖尿病"), names.toString());

        JsonNode both = CliRun.run(db, "search", "--json", "--limit", "0", "--dept", "内科,皮膚科,整形外科").json();
        assertEquals(204, both.get("results").size());

        CliRun again = CliRun.run(db, "import", "--json", TestFiles.get(JSON).toString());
        assertEquals(0, again.exit(), again.err());
        JsonNode second = again.json().get("files").get(0);
        assertEquals(582, second.get("unchanged").asInt());
        assertEquals(0, second.get("updated").asInt());
        assertEquals(0, second.get("added").asInt());
        assertEquals(0, second.get("closed").asInt());

        List<String> before = snapshot(db);
        Path broken = Files.writeString(tmp.resolve("東京都.json"), "[{\"id\": \"1311132100840\", "
                + "\"departments\": [\"眼科\"]},\n{\"id\": \"1311132100260\", \"departments\": [\"内科\",]}]",
                StandardCharsets.UTF_8);
        CliRun rejected = CliRun.run(db, "import", broken.toString());
        assertEquals(3, rejected.exit());
        assertTrue(rejected.err().contains("東京都.json") && rejected.err().contains("JSON として読めません"),
                rejected.err());
        assertEquals(before, snapshot(db));
    }

    private static List<String> snapshot(Path db) throws Exception {
        try (Database d = Database.open(db, TestPassword.chars())) {
            return StoreSnapshot.all(d);
        }
    }
}
