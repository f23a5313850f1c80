package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.FacilityKnowledge;
import org.renkei.app.knowledge.KnowledgeService;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;

import java.io.OutputStream;
import java.nio.file.Files;
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

    private Path bureauWorkbook() throws Exception {
        Path file = tmp.resolve("コード内容別医療機関一覧表_東京.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("東京都");
            row(s, 0, "コード内容別医療機関一覧表　東京都");
            row(s, 2, "項番", "医療機関番号", "併設", "医療機関名称", "医療機関所在地", "電話番号", "病床数", "開設者名",
                    "指定年月日", "診療科名", "備考");
            row(s, 3, null, null, null, null, null, null, null, "管理者名", "登録理由");
            row(s, 4, "1", "01,1004,9", null, "医療法人財団 小畑会 浜田病院", "〒101-0062\n千代田区神田駿河台二丁目５番地",
                    "03-5280-1166", "一般　56", "医療法人財団小畑会", "令和 5.10. 1", "小 産婦");
            wb.write(out);
        }
        return file;
    }

    private static void row(Sheet s, int r, String... cells) {
        Row row = s.createRow(r);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
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
