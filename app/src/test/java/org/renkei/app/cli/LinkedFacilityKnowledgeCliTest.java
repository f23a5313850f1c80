package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ナビイ 浜田病院 of the sample and its 厚生局 record (joined automatically) share one knowledge profile, whichever
 * of the two ids it is set through.
 */
class LinkedFacilityKnowledgeCliTest {
    @TempDir
    Path tmp;

    /** 浜田病院 as the 厚生局 list writes it (医療機関番号 01,1004,9, corporation in front, 〒 and address in one cell). */
    private Path bureauWorkbook() throws Exception {
        return new BadInputFiles(tmp).bureau("コード内容別医療機関一覧表_東京.xlsx", s -> { }, BadInputFiles.HAMADA);
    }

    @Test
    void knowledgeSetThroughTheHiddenRecordLandsOnTheShownOne() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.run(db, "import", "--sample").exit());
        assertEquals(0, CliRun.run(db, "import", bureauWorkbook().toString()).exit());
        JsonNode link = CliRun.run(db, "links", "--json").json().get("links").get(0);
        assertEquals("auto", link.get("state").asText());
        String navii = link.get("primary").get("id").asText();
        String bureau = link.get("secondary").get("id").asText();

        CliRun set = CliRun.run(db, "facility", "set", "--id", bureau, "--tag", "小児在宅", "--by", "佐藤", "--json");
        assertEquals(0, set.exit(), set.err());
        JsonNode held = set.json().get("knowledge").get("held_by");
        assertEquals(navii, held.get("id").asText(), "kept with the ナビイ record that search and matching show");
        assertEquals("1311130200690", held.get("source_key").asText());

        JsonNode shown = CliRun.run(db, "facility", "show", "--id", navii, "--json").json().get("knowledge");
        assertTrue(shown.get("held_by").isNull());
        assertEquals("小児在宅", shown.get("tags").get(0).get("tag").asText());

        try (Database d = Database.open(db, TestPassword.chars())) {
            Map<Long, FacilityKnowledge> all = new KnowledgeService(d).knowledgeByFacility();
            assertEquals(2, all.size());
            assertTrue(all.get(Long.parseLong(navii)).hasCapability("小児在宅"));
            assertTrue(all.get(Long.parseLong(bureau)).hasCapability("小児在宅"));
        }
    }
}
