package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.renkei.app.cases.SampleStore;
import org.renkei.app.knowledge.share.TwoOffices;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.TableSnapshot;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code knowledge export/import} between two copies of the imported real sample, office A ({@code db}) and B. */
class KnowledgeShareCliTest extends SampleCli {
    Path b;
    Path json;
    Path xlsx;

    @BeforeEach
    void offices() throws Exception {
        b = SampleStore.copyTo(tmp.resolve("b"));
        try (Database a = Database.open(db, TestPassword.chars()); Database other = Database.open(b, TestPassword.chars())) {
            TwoOffices.officeA(a);
            TwoOffices.officeB(other);
        }
        json = tmp.resolve("a.json");
        xlsx = tmp.resolve("a.xlsx");
        assertTrue(ok("knowledge", "export", "--out", json.toString()).out().contains("（施設 3 件・情報 7 件・独自タグ 1 件）"));
        ok("knowledge", "export", "--out", xlsx.toString());
    }

    CliRun inB(String... args) {
        return CliRun.run(b, args);
    }

    @Test
    void withoutYesThePreviewIsPrintedAndNothingChanges() throws Exception {
        List<String> before = TableSnapshot.of(b);
        CliRun r = inB("knowledge", "import", json.toString());
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.contains("施設 3 件（うち自院の一覧にない施設 0 件）・情報 7 件: 新規 3・同一 1（確認日の更新 1）・競合 3"), out);
        assertTrue(out.contains("語彙に追加するタグ: 夜間の受入"), out);
        assertTrue(out.contains("競合（自院を優先）:"), out);
        assertTrue(out.contains("  宮内庁病院 [mhlw-navii 1311130100110] 登録医: 自院 いいえ（2025-06-01 鈴木） / 相手 はい（2025-04-01 佐藤） → 自院"), out);
        assertTrue(out.contains("連絡先: 自院 連携室 田中（電話）（2025-04-01 鈴木） / 相手 連携室 山田（FAX）（2025-04-01 佐藤） → 自院"), out);
        assertTrue(out.contains("まだ何も変更していません"), out);
        assertEquals(before, TableSnapshot.of(b));
    }

    @Test
    void withYesTheWorkbookIsAppliedByThePolicyAndASecondImportChangesNothing() throws Exception {
        JsonNode r = inB("knowledge", "import", xlsx.toString(), "--prefer", "newer", "--yes", "--json").json();
        assertTrue(r.get("applied").asBoolean());
        assertEquals("newer", r.get("policy").asText());
        assertEquals(3, r.get("counts").get("new").asInt());
        assertEquals(3, r.get("conflicts").size());
        assertEquals("ours", r.get("conflicts").get(0).get("decision").asText(), "B's 登録医 is newer");
        assertEquals("ours", r.get("conflicts").get(1).get("decision").asText(), "連絡先: same day");
        JsonNode language = r.get("conflicts").get(2);
        assertEquals("外国語", language.get("fact").asText());
        assertEquals("中国語", language.get("ours").get("value").asText());
        assertEquals("英語", language.get("theirs").get("value").asText());
        assertEquals("theirs", language.get("decision").asText());
        assertEquals(1, r.get("result").get("took_theirs").asInt());
        assertEquals(1, r.get("result").get("tags_added").asInt());

        JsonNode shown = CliRun.run(b, "facility", "show", "--id", kunaichoIn(b), "--json").json().get("knowledge");
        assertEquals("午前は電話が混みます", shown.get("notes").get("text").asText());
        assertFalse(shown.get("registered").get("value").asBoolean());

        List<String> after = TableSnapshot.of(b).stream().filter(row -> !row.startsWith("AUDIT")).toList();
        JsonNode again = inB("knowledge", "import", xlsx.toString(), "--prefer", "newer", "--yes", "--json").json();
        assertEquals(0, again.get("counts").get("new").asInt());
        assertEquals(0, again.get("result").get("took_theirs").asInt());
        assertEquals(after, TableSnapshot.of(b).stream().filter(row -> !row.startsWith("AUDIT")).toList());

        String audit = inB("audit", "--from", LocalDate.now().toString(), "--to", LocalDate.now().toString()).out();
        assertTrue(audit.contains("取り込み\tXLSX 1件\t連携情報 追加 3・確認日更新 1・相手を採用 1・自院を維持 2・語彙追加 1"), audit);
        assertFalse(audit.contains("a.xlsx"), "file type only");
        String auditA = ok("audit", "--from", LocalDate.now().toString(), "--to", LocalDate.now().toString()).out();
        assertTrue(auditA.contains("書き出し\tJSON 1件\t連携情報（施設 3件）"), auditA);
    }

    String kunaichoIn(Path database) {
        return CliRun.run(database, "search", "--name", "宮内庁病院", "--json").json().get("results").get(0)
                .get("id").asText();
    }

    @Test
    void theWorkbookIsReadableForACoordinator() throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("連携情報", "語彙", "形式"), List.of(wb.getSheetName(0), wb.getSheetName(1),
                    wb.getSheetName(2)));
            XSSFSheet s = wb.getSheet("連携情報");
            assertEquals("情報源", s.getRow(0).getCell(0).getStringCellValue());
            assertTrue(wb.getFontAt(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertTrue(s.getPaneInformation().isFreezePane());
            assertEquals("A1:K8", s.getCTWorksheet().getAutoFilter().getRef());
            assertEquals(7, s.getLastRowNum());
            var first = s.getRow(1);
            assertEquals("1311130100110", first.getCell(1).getStringCellValue());
            assertEquals("宮内庁病院", first.getCell(2).getStringCellValue());
            assertEquals("登録医", first.getCell(4).getStringCellValue());
            assertEquals("はい", first.getCell(7).getStringCellValue());
            assertEquals(LocalDate.of(2025, 4, 1), first.getCell(9).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", first.getCell(9).getCellStyle().getDataFormatString());
            assertEquals("佐藤", first.getCell(10).getStringCellValue());
            assertEquals("夜間の受入", wb.getSheet("語彙").getRow(1).getCell(0).getStringCellValue());
            assertEquals("renkei-desk/facility-knowledge", wb.getSheet("形式").getRow(0).getCell(1).getStringCellValue());
        }
    }

    @Test
    void badFilesAreRefusedWithTheirPlaceAndNothingChanges() throws Exception {
        String text = Files.readString(json);
        String future = LocalDate.now().plusDays(3).toString();
        List<Object[]> cases = List.of(
                bad("broken.json", text.substring(0, 40), "「broken.json」は JSON として読めません（"),
                bad("format.json", text.replace("renkei-desk/facility-knowledge", "something-else"),
                        "連携情報のファイルではありません"),
                bad("version.json", text.replace("\"version\" : 1", "\"version\" : 2"), "形式の版 2 には対応していません"),
                bad("date.json", text.replaceFirst("2025-04-01", "2025-13-01"),
                        "「date.json」の facilities[0].registered.verified_on: 確認日「2025-13-01」は日付として読めません"),
                bad("future.json", text.replaceFirst("2025-04-01", future), "が未来の日付です"),
                bad("tag.json", text.replace("訪問診療", "訪問しんりょう"),
                        "「tag.json」の facilities[0].tags[1]: タグ「訪問しんりょう」は自院の語彙にも、ファイルの語彙にもありません"),
                bad("dept.json", text.replace("\"department\" : \"内科\"", "\"department\" : \"魔法科\""),
                        "診療科「魔法科」は辞書にありません"),
                bad("notxlsx.xlsx", "this is not a workbook", "「notxlsx.xlsx」は Excel ブック（.xlsx）として読めません"),
                bad("list.csv", "a,b", "連携情報のファイルは .json か .xlsx です"));
        List<String> before = TableSnapshot.of(b);
        for (Object[] c : cases) {
            CliRun r = inB("knowledge", "import", c[0].toString(), "--prefer", "theirs", "--yes");
            assertEquals(3, r.exit(), c[0] + ": " + r.out() + r.err());
            assertTrue(r.err().contains((String) c[1]), c[0] + ": " + r.err());
        }
        Path badDate = edited("date.xlsx", wb -> wb.getSheet("連携情報").getRow(2).getCell(9).setCellValue("2025/02/30"));
        Path header = edited("header.xlsx", wb -> wb.getSheet("連携情報").getRow(0).getCell(4).setCellValue("区分"));
        Path noFormat = edited("noformat.xlsx", wb -> wb.removeSheetAt(wb.getSheetIndex("形式")));
        Path kind = edited("kind.xlsx", wb -> wb.getSheet("連携情報").getRow(3).getCell(4).setCellValue("評判"));
        for (Object[] c : List.<Object[]>of(
                new Object[] {badDate, "「date.xlsx」のシート「連携情報」3 行目 J 列（確認日）: 確認日「2025/02/30」は日付として読めません"},
                new Object[] {header, "「header.xlsx」のシート「連携情報」1 行目 E 列（種類）: 見出しは「種類」のはずです（「区分」）"},
                new Object[] {noFormat, "「noformat.xlsx」にシート「形式」がありません"},
                new Object[] {kind, "シート「連携情報」4 行目 E 列（種類）: 種類「評判」は タグ・登録医・連絡先・備考 のいずれかです"})) {
            CliRun r = inB("knowledge", "import", c[0].toString(), "--yes");
            assertEquals(3, r.exit(), c[0] + ": " + r.out() + r.err());
            assertTrue(r.err().contains((String) c[1]), c[0] + ": " + r.err());
        }
        CliRun policy = inB("knowledge", "import", json.toString(), "--prefer", "mine");
        assertEquals(3, policy.exit());
        assertTrue(policy.err().contains("--prefer は theirs・ours・newer のいずれかです"), policy.err());
        assertEquals(before, TableSnapshot.of(b));
    }

    Object[] bad(String name, String content, String message) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return new Object[] {f, message};
    }

    Path edited(String name, Consumer<XSSFWorkbook> change) throws Exception {
        Path out = tmp.resolve(name);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream os = Files.newOutputStream(out)) {
            change.accept(wb);
            wb.write(os);
        }
        return out;
    }
}
