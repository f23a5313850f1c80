package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.LinkedFacility;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A bureau workbook row with departments (浜田病院 as the 厚生局 list writes it: 医療機関番号 01,1004,9, corporation in
 * front, 〒 and address in one cell) joins the ナビイ 浜田病院 of the sample: matching and search show it once, as the
 * ナビイ facility, whose detail names the bureau key as another source.
 */
class LinkedFacilityMatchCliTest {
    @TempDir
    Path tmp;

    /** 浜田病院 as the 厚生局 list writes it (医療機関番号 01,1004,9, corporation in front, 〒 and address in one cell). */
    private Path bureauWorkbook() throws Exception {
        return new BadInputFiles(tmp).bureau("コード内容別医療機関一覧表_東京.xlsx", s -> { }, BadInputFiles.HAMADA);
    }

    @Test
    void theJoinedBureauRecordIsNeitherMatchedNorSearchedTwice() throws Exception {
        Path db = tmp.resolve("db");
        assertEquals(0, CliRun.run(db, "import", "--sample").exit());
        CliRun imported = CliRun.run(db, "import", "--json", bureauWorkbook().toString());
        assertEquals(0, imported.exit(), imported.err());
        assertEquals(1, imported.json().get("files").get(0).get("links").get("auto").asInt(), imported.out());

        CliRun match = CliRun.run(db, "match", "--at", "35.699947,139.760957", "--dept", "小児科", "--km", "0.5",
                "--top", "5", "--json");
        assertEquals(0, match.exit(), match.err());
        List<String> names = new ArrayList<>();
        for (JsonNode plan : match.json().get("plans")) {
            plan.get("facilities").forEach(f -> names.add(f.get("name").asText()));
        }
        assertEquals("医療法人財団小畑会　浜田病院", names.get(0), "the ナビイ record, at 0 km");
        assertFalse(names.contains("医療法人財団 小畑会 浜田病院"), names.toString());

        JsonNode found = CliRun.run(db, "search", "--name", "浜田病院", "--dept", "小児科", "--json").json()
                .get("results");
        assertEquals(1, found.size(), found.toString());
        long naviiId = found.get(0).get("id").asLong();
        try (Database d = Database.open(db, TestPassword.chars())) {
            List<LinkedFacility> others = new FacilityService(d).otherSources(naviiId);
            assertEquals(1, others.size());
            assertEquals("kouseikyoku", others.get(0).source());
            assertEquals("130110049", others.get(0).sourceKey());
        }
    }
}
