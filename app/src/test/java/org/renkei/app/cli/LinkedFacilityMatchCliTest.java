package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.LinkedFacility;
import org.renkei.app.facility.FacilityService;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;

import java.io.OutputStream;
import java.nio.file.Files;
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
