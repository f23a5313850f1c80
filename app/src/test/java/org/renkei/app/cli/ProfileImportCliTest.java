package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.domain.FacilityStatus;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.StoreSnapshot;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code import --profile}: a user's own lists through the same one-transaction import as every other format. */
class ProfileImportCliTest {
    private static final String XLSX = "data/皮膚科・整形外科 逆紹介先リスト.xlsx";
    private static final String XLSX_PROFILE = "data/profiles/皮膚科・整形外科 逆紹介先リスト.profile.json";
    private static final String CSV = "data/逆紹介先リスト_cp932.csv";
    private static final String CSV_PROFILE = "data/profiles/逆紹介先リスト_cp932.profile.json";

    @TempDir
    Path tmp;

    private static CliRun importWith(Path db, String profile, Path file) {
        return CliRun.run(db, "import", "--profile", TestFiles.get(profile).toString(), "--json", file.toString());
    }

    private static JsonNode file(CliRun run) {
        assertEquals(0, run.exit(), run.err());
        return run.json().get("files").get(0);
    }

    private static void assertCounts(JsonNode f, int added, int unchanged, int closed) {
        assertEquals(added, f.get("added").asInt(), f.toString());
        assertEquals(0, f.get("updated").asInt(), f.toString());
        assertEquals(unchanged, f.get("unchanged").asInt(), f.toString());
        assertEquals(closed, f.get("closed").asInt(), f.toString());
    }

    @Test
    void xlsxListImportsThenReimportsUnchangedThenARemovedRowIsClosed() throws Exception {
        Path db = tmp.resolve("db");
        Path list = TestFiles.get(XLSX);
        JsonNode first = file(importWith(db, XLSX_PROFILE, list));
        assertEquals("own-list", first.get("format").asText());
        assertEquals(34, first.get("rows").asInt());
        assertCounts(first, 34, 0, 0);
        JsonNode problem = first.get("problems").get(0);
        assertEquals("逆紹介先", problem.get("sheet").asText());
        assertEquals(5, problem.get("row").asInt());
        assertEquals("診療科", problem.get("column").asText());
        assertEquals("診療科名「血液」は辞書にありません（そのまま取り込みます）。", problem.get("message").asText());
        assertEquals(13, first.get("problems").size());

        assertCounts(file(importWith(db, XLSX_PROFILE, list)), 0, 34, 0);

        Path edited = tmp.resolve("皮膚科・整形外科 逆紹介先リスト（府中病院を削除）.xlsx");
        try (InputStream in = Files.newInputStream(list); XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(edited)) {
            Sheet s = wb.getSheet("逆紹介先");
            assertEquals("府中病院", s.getRow(14).getCell(1).getStringCellValue());
            s.removeRow(s.getRow(14));
            wb.write(out);
        }
        assertCounts(file(importWith(db, XLSX_PROFILE, edited)), 0, 33, 1);
        assertEquals(0, CliRun.run(db, "search", "--name", "府中病院", "--json").json().get("results").size(),
                "closed facilities are not searched");
        try (Database d = Database.open(db, TestPassword.chars()); var c = d.connection()) {
            var all = new org.renkei.app.store.FacilityRepository().all(c, false).values();
            assertEquals(List.of("府中病院"), all.stream().filter(f -> f.status() == FacilityStatus.CLOSED)
                    .map(f -> f.name()).toList());
            assertEquals(34, all.size(), "closed, not deleted");
        }

        JsonNode stats = CliRun.run(db, "stats", "--json").json();
        assertEquals("own:皮膚科・整形外科 逆紹介先リスト", stats.get("sources").get(0).get("source").asText());
    }

    @Test
    void cp932CsvKeyedByIdClosesTheRowRemovedFromTheNextList() throws Exception {
        Path db = tmp.resolve("db");
        JsonNode first = file(importWith(db, CSV_PROFILE, TestFiles.get(CSV)));
        assertCounts(first, 34, 0, 0);
        JsonNode hit = CliRun.run(db, "search", "--name", "日野駅前病院", "--json").json().get("results").get(0);
        assertEquals("1311137400460", hit.get("source_key").asText());
        assertEquals("source", hit.get("precision").asText());
        assertEquals("[\"内科\",\"糖尿病内科\",\"循環器内科\",\"消化器内科\",\"外科\",\"整形外科\",\"泌尿器科\"]",
                hit.get("departments").toString());

        byte[] bytes = Files.readAllBytes(TestFiles.get(CSV));
        List<String> lines = new ArrayList<>(List.of(new String(bytes, "windows-31j").split("\r\n")));
        assertTrue(lines.remove(3).startsWith("1311137400460,日野駅前病院,"));
        Path edited = Files.write(tmp.resolve("逆紹介先リスト_cp932.csv"),
                (String.join("\r\n", lines) + "\r\n").getBytes("windows-31j"));
        assertCounts(file(importWith(db, CSV_PROFILE, edited)), 0, 33, 1);
    }

    @Test
    void badProfilesAndFilesNotMatchingTheProfileChangeNothing() throws Exception {
        Path db = tmp.resolve("db");
        file(importWith(db, CSV_PROFILE, TestFiles.get(CSV)));
        List<String> before = snapshot(db);

        Path broken = Files.writeString(tmp.resolve("壊れた設定.json"), "{\"name\": \"一覧\", \"file\": {\"type\": ",
                StandardCharsets.UTF_8);
        CliRun malformed = CliRun.run(db, "import", "--profile", broken.toString(), TestFiles.get(CSV).toString());
        assertEquals(3, malformed.exit());
        assertTrue(malformed.err().startsWith("壊れた設定.json: インポート設定ファイルが JSON として読めません（1 行目"),
                malformed.err());

        Path noAddress = Files.writeString(tmp.resolve("住所なし.json"), "{\"name\": \"一覧\", \"file\": {\"type\": \"csv\"},"
                + " \"columns\": {\"name\": \"医療機関名\"}}", StandardCharsets.UTF_8);
        CliRun invalid = CliRun.run(db, "import", "--profile", noAddress.toString(), TestFiles.get(CSV).toString());
        assertEquals(3, invalid.exit());
        assertEquals("住所なし.json: インポート設定が正しくありません: 「名称」と「住所」の列は必ず対応付けてください。",
                invalid.err().strip());

        CliRun wrongSheet = CliRun.run(db, "import", "--profile", TestFiles.get(XLSX_PROFILE).toString(),
                TestFiles.get("data/逆紹介先リスト_診療科別.xls").toString());
        assertEquals(3, wrongSheet.exit());
        assertEquals("逆紹介先リスト_診療科別.xls: シート「逆紹介先」がありません（このブックのシート: 診療科別）。",
                wrongSheet.err().strip());
        CliRun wrongHeader = CliRun.run(db, "import", "--profile",
                TestFiles.get("data/profiles/逆紹介先リスト_診療科別.profile.json").toString(), TestFiles.get(XLSX).toString());
        assertEquals(3, wrongHeader.exit());
        assertTrue(wrongHeader.err().startsWith("皮膚科・整形外科 逆紹介先リスト.xlsx シート「表紙」 1行目: インポート設定の列 "
                + "「所在地」（住所）、列 C（診療科・見出しが空）、列 D"), wrongHeader.err());

        CliRun missing = CliRun.run(db, "import", "--profile", tmp.resolve("ない.json").toString(),
                TestFiles.get(CSV).toString());
        assertEquals(3, missing.exit());
        assertEquals("ない.json: インポート設定ファイルが見つかりません。", missing.err().strip());
        assertEquals(before, snapshot(db));

        Path fresh = tmp.resolve("fresh");
        assertEquals(3, CliRun.run(fresh, "import", "--profile", broken.toString(), TestFiles.get(CSV).toString()).exit());
        assertTrue(Files.notExists(fresh), "a bad profile is rejected before the database is created");
    }

    @Test
    void anUnknownFormatPointsToProfilesAndProfileWithSampleIsAUsageError() {
        Path db = tmp.resolve("db");
        CliRun unknown = CliRun.run(db, "import", TestFiles.get(XLSX).toString());
        assertEquals(3, unknown.exit());
        assertTrue(unknown.err().startsWith("皮膚科・整形外科 逆紹介先リスト.xlsx シート「表紙」 1行目: 見出し「皮膚科・整形外科 逆紹介先リスト」"
                + "が既知の施設一覧"), unknown.err());
        assertTrue(unknown.err().strip().endsWith(ImportCommand.PROFILE_HINT), unknown.err());
        assertEquals(2, CliRun.run(db, "import", "--profile", TestFiles.get(CSV_PROFILE).toString(), "--sample").exit());
    }

    private static List<String> snapshot(Path db) throws Exception {
        try (Database d = Database.open(db, TestPassword.chars())) {
            return StoreSnapshot.all(d);
        }
    }
}
