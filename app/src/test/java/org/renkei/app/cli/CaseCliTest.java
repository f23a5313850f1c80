package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.renkei.app.store.TableSnapshot;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code case}, {@code referral} and {@code office} run in-process on a copy of the imported real sample. */
class CaseCliTest extends SampleCli {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** The example case with other fields set (created_on, dept …). */
    Path variant(String name, java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode n = (ObjectNode) MAPPER.readTree(Files.readString(FUCHU));
        change.accept(n);
        Path f = tmp.resolve(name);
        Files.writeString(f, MAPPER.writeValueAsString(n), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void createPlanShowAndList() {
        String id = create(FUCHU);
        CliRun plan = ok("case", "plan", "--case", id, "--json");
        JsonNode p = plan.json();
        assertEquals(Long.parseLong(id), p.get("case").asLong());
        assertEquals("town", p.get("origin").get("precision").asText());
        JsonNode best = p.get("plans").get(0).get("facilities").get(0);
        assertEquals("稲城市立病院", best.get("name").asText());
        assertEquals("[\"内科\",\"皮膚科\"]", best.get("covers").toString());
        assertEquals(3, p.get("plans").size(), "--top defaults to 3");

        JsonNode shown = ok("case", "show", "--case", id, "--json").json();
        assertEquals("P-0001", shown.get("patient").get("id").asText());
        assertEquals("府中 花子", shown.get("patient").get("name").asText());
        JsonNode dest = shown.get("destinations").get(0);
        assertEquals(best.get("id").asText(), dest.get("facility_id").asText(), "the FID to track");
        assertEquals("下書き", dest.get("status").asText());
        assertEquals(1, dest.get("history").size());
        assertEquals(1, shown.get("destinations").size());

        String text = ok("case", "show", "--case", id).out();
        assertTrue(text.contains("稲城市立病院（施設ID " + best.get("id").asText()), text);
        assertTrue(text.contains("傷病名: 2型糖尿病、慢性湿疹"), text);

        String human = ok("case", "plan", "--case", id, "--top", "1").out();
        assertTrue(human.startsWith("案1: 1か所, 合計 2.64 km"), human);
        assertTrue(human.contains("ケース " + id + " の紹介先として案1を保存しました"), human);

        JsonNode list = ok("case", "list", "--kana", "ふちゅう", "--json").json().get("cases");
        assertEquals(1, list.size());
        assertEquals("稲城市立病院", list.get(0).get("destinations").get(0).get("name").asText());
        assertEquals(1, ok("case", "list", "--patient", "P-0001", "--status", "下書き", "--json").json()
                .get("cases").size());
        assertEquals(0, ok("case", "list", "--status", "送付済", "--json").json().get("cases").size());
        String today = LocalDate.now().toString();
        assertEquals(1, ok("case", "list", "--from", today, "--to", today, "--json").json().get("cases").size());
        assertEquals(0, ok("case", "list", "--from", LocalDate.now().plusDays(1).toString(), "--json").json()
                .get("cases").size());
        assertTrue(ok("case", "list", "--patient", "P-0002").out().contains("該当するケースはありません。"));
        assertTrue(ok("case", "list").out().startsWith(id + "\t" + today + "\tP-0001\t府中 花子"));
    }

    @Test
    void aShownCaseCanBeCreatedAgain() throws Exception {
        String id = create(FUCHU);
        ok("case", "plan", "--case", id);
        Path shown = tmp.resolve("shown.json");
        Files.writeString(shown, ok("case", "show", "--case", id, "--json").out(), StandardCharsets.UTF_8);
        String copy = create(shown);
        JsonNode a = ok("case", "show", "--case", id, "--json").json();
        JsonNode b = ok("case", "show", "--case", copy, "--json").json();
        for (String field : List.of("patient", "referrer", "diagnoses", "purpose", "history", "course", "treatment",
                "prescriptions", "notes", "dept", "keep", "km", "require", "lat", "lng", "created_on")) {
            assertEquals(a.get(field), b.get(field), field);
        }
        assertEquals(0, b.get("destinations").size(), "a plan is chosen again, not copied");
    }

    @Test
    void referralsAreTrackedAndTheWaitingListFollowsTheSettings() throws Exception {
        LocalDate today = LocalDate.now();
        Path old = variant("old.json", n -> n.put("created_on", today.minusDays(60).toString()));
        String first = create(old);
        String second = create(old);
        String fid = ok("case", "plan", "--case", first, "--json").json().get("plans").get(0).get("facilities")
                .get(0).get("id").asText();
        ok("case", "plan", "--case", second);

        ok("referral", "status", "--case", first, "--facility", fid, "--set", "送付済", "--date",
                today.minusDays(30).toString(), "--note", "FAX");
        ok("referral", "status", "--case", second, "--facility", fid, "--set", "送付済", "--date",
                today.minusDays(10).toString());
        JsonNode waiting = ok("referral", "waiting", "--json").json();
        assertEquals(14, waiting.get("days").asInt(), "default setting");
        assertEquals(1, waiting.get("waiting").size());
        assertEquals(30, waiting.get("waiting").get(0).get("days").asInt());
        assertEquals(first, waiting.get("waiting").get(0).get("case").asText());
        assertEquals(2, ok("referral", "waiting", "--days", "5", "--json").json().get("waiting").size());
        ok("office", "--wait-days", "40");
        assertTrue(ok("referral", "waiting").out().startsWith("返事待ち（送付から 40 日を超えたもの）: 0 件"));

        String accepted = ok("referral", "status", "--case", first, "--facility", fid, "--set", "受入", "--date",
                today.minusDays(20).toString()).out();
        assertEquals("ケース " + first + " ／ 稲城市立病院: 受入（" + today.minusDays(20) + "）", accepted.strip());
        ok("referral", "status", "--case", first, "--facility", fid, "--set", "初診確認");
        CliRun noTarget = CliRun.run(db, "referral", "status", "--case", second, "--facility", fid, "--set", "転送");
        assertEquals(3, noTarget.exit());
        assertEquals("転送には転送先を指定してください。", noTarget.err().strip());
        ok("referral", "status", "--case", second, "--facility", fid, "--set", "転送", "--to", "多摩総合医療センター");

        JsonNode h1 = ok("case", "show", "--case", first, "--json").json().get("destinations").get(0);
        assertEquals("初診確認", h1.get("status").asText());
        assertEquals(today.toString(), h1.get("status_date").asText());
        List<String> steps = new ArrayList<>();
        h1.get("history").forEach(e -> steps.add(e.get("status").asText() + "@" + e.get("date").asText()));
        assertEquals(List.of("下書き@" + today, "送付済@" + today.minusDays(30), "受入@" + today.minusDays(20),
                "初診確認@" + today), steps);
        assertEquals("FAX", h1.get("history").get(1).get("note").asText());
        JsonNode h2 = ok("case", "show", "--case", second, "--json").json().get("destinations").get(0);
        assertEquals("転送", h2.get("status").asText());
        assertEquals("多摩総合医療センター", h2.get("forwarded_to").asText());
        assertEquals(1, ok("case", "list", "--status", "転送", "--json").json().get("cases").size());
        assertEquals(0, ok("referral", "waiting", "--days", "0", "--json").json().get("waiting").size(), "all answered");
    }

    @Test
    void officeSettingsAreSetAndPrinted() throws Exception {
        JsonNode defaults = ok("office", "--json").json();
        assertEquals("era", defaults.get("dates").asText());
        assertEquals(14, defaults.get("wait_days").asInt());
        Path logo = tmp.resolve("logo.png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        ok("office", "--name", "府中中央病院（架空）", "--postal", "183-0022", "--address", "東京都府中市宮西町２丁目１",
                "--phone", "042-000-0001", "--fax", "042-000-0002", "--logo", logo.toString(), "--western",
                "--wait-days", "10");
        JsonNode s = ok("office", "--json").json();
        assertEquals("府中中央病院（架空）", s.get("name").asText());
        assertEquals("183-0022", s.get("postal").asText());
        assertEquals("東京都府中市宮西町２丁目１", s.get("address").asText());
        assertEquals("042-000-0001", s.get("phone").asText());
        assertEquals("042-000-0002", s.get("fax").asText());
        assertEquals(logo.toAbsolutePath().toString(), s.get("logo").asText());
        assertEquals("western", s.get("dates").asText());
        assertEquals(10, s.get("wait_days").asInt());
        String text = ok("office", "--era", "--fax", "").out();
        assertTrue(text.contains("医療機関名: 府中中央病院（架空）") && text.contains("日付: 和暦")
                && text.contains("FAX: （未設定）"), text);
        assertEquals(2, CliRun.run(db, "office", "--era", "--western").exit(), "exclusive");
    }

    @Test
    void badInputIsRejectedWithAReasonAndWritesNothing() throws Exception {
        String id = create(FUCHU);
        ok("case", "plan", "--case", id);
        String fid = ok("case", "show", "--case", id, "--json").json().get("destinations").get(0).get("facility_id")
                .asText();
        Path magic = variant("magic.json", n -> n.putArray("dept").add("内科").add("魔法科"));
        Path nameless = variant("nameless.json", n -> ((ObjectNode) n.get("patient")).remove("name"));
        Path idless = variant("idless.json", n -> ((ObjectNode) n.get("patient")).put("id", " "));
        Path nowhere = variant("nowhere.json", n -> ((ObjectNode) n.get("patient")).put("address", "どこにもない町"));
        Path far = variant("far.json", n -> n.put("km", 0.05));
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"patient\": {\"id\": \"P-1\",", StandardCharsets.UTF_8);
        Path logo = tmp.resolve("logo.gif");
        Files.writeString(logo, "GIF89a");
        String farId = create(far);
        List<String> before = TableSnapshot.of(db);
        assertTrue(before.contains("REFERRAL_CASE rows=2") && before.contains("CASE_DESTINATION rows=1"), "sees cases");

        rejected("診療科「魔法科」は辞書にありません。", "case", "create", "--json", magic.toString());
        rejected("患者氏名（patient.name）がありません。", "case", "create", "--json", nameless.toString());
        rejected("患者ID（patient.id）がありません。", "case", "create", "--json", idless.toString());
        rejected("患者の住所から位置を特定できません。住所を確認するか、緯度・経度を入力してください。", "case", "create", "--json",
                nowhere.toString());
        rejected("ケースのJSONを読めません（1行目）。", "case", "create", "--json", broken.toString());
        rejected("ファイル「none.json」が見つかりません。", "case", "create", "--json", tmp.resolve("none.json").toString());
        rejected("ケース 999 は見つかりません。", "case", "plan", "--case", "999");
        rejected("ケース 999 は見つかりません。", "case", "show", "--case", "999");
        rejected("ケース " + farId + ": 条件に合う紹介先が見つかりません（内科: 最寄り 0.76 km）（皮膚科: 最寄り 2.64 km）。",
                "case", "plan", "--case", farId);
        rejected("ケース 999 は見つかりません。", "referral", "status", "--case", "999", "--facility", fid, "--set", "受入");
        rejected("ケース " + id + " に施設 1 の紹介先はありません。", "referral", "status", "--case", id, "--facility", "1",
                "--set", "受入");
        rejected("--set の状態「承認」はありません（下書き・送付済・受入・辞退・転送・初診確認・終了）。", "referral", "status", "--case",
                id, "--facility", fid, "--set", "承認");
        rejected("--date の日付「2026/01/05」は YYYY-MM-DD の形式にしてください。", "referral", "status", "--case", id,
                "--facility", fid, "--set", "受入", "--date", "2026/01/05");
        String tomorrow = LocalDate.now().plusDays(1).toString();
        rejected("未来の日付（" + tomorrow + "）は指定できません。", "referral", "status", "--case", id, "--facility", fid,
                "--set", "受入", "--date", tomorrow);
        rejected("--status の状態「承認」はありません（下書き・送付済・受入・辞退・転送・初診確認・終了）。", "case", "list",
                "--status", "承認");
        rejected("--from の日付「3月」は YYYY-MM-DD の形式にしてください。", "case", "list", "--from", "3月");
        rejected("ロゴの画像は PNG か JPEG にしてください: logo.gif", "office", "--name", "X", "--logo", logo.toString());

        assertEquals(2, CliRun.run(db, "case").exit(), "no subcommand: usage");
        assertEquals(2, CliRun.run(db, "case", "create").exit(), "--json missing: usage");
        assertEquals(2, CliRun.run(db, "referral", "status", "--case", id).exit());
        assertEquals(before, TableSnapshot.of(db), "nothing written");
    }

    private void rejected(String reason, String... args) {
        CliRun r = CliRun.run(db, args);
        assertEquals(3, r.exit(), String.join(" ", args) + " → " + r.out() + r.err());
        assertEquals(reason, r.err().strip());
        assertEquals("", r.out());
    }
}
