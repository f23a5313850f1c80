package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.renkei.app.knowledge.KnowledgeTables;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code facility show/set/tags/stale} on a copy of the imported real sample. */
class FacilityCliTest extends SampleCli {
    /** The id {@code search} shows for 宮内庁病院. */
    String kunaicho() {
        JsonNode results = ok("search", "--name", "宮内庁病院", "--json").json().get("results");
        assertEquals(1, results.size());
        return results.get(0).get("id").asText();
    }

    @Test
    void setThenShowGivesEveryFactWithItsConfirmation() {
        String id = kunaicho();
        JsonNode set = ok("facility", "set", "--id", id, "--tag", "訪問診療", "--tag", "外国語=英語・中国語",
                "--registered", "yes", "--contact", "連携室 山田", "--contact-by", "FAX", "--notes", "午前は電話が混む",
                "--verified", "2026-01-05", "--by", "佐藤", "--json").json();
        ok("facility", "set", "--id", id, "--dept", "内科", "--tag", "インスリン導入・管理", "--verified", "2020-01-05",
                "--by", "鈴木");

        JsonNode show = ok("facility", "show", "--id", id, "--json").json();
        assertEquals(set.get("knowledge").get("registered"), show.get("knowledge").get("registered"));
        JsonNode f = show.get("facility");
        assertEquals(id, f.get("id").asText());
        assertEquals("1311130100110", f.get("source_key").asText());
        assertTrue(f.get("departments").toString().contains("内科"));
        assertTrue(f.get("imported").get("home_visit").isNull(), "the list says nothing about 訪問診療");
        JsonNode k = show.get("knowledge");
        assertTrue(k.get("held_by").isNull());
        assertTrue(k.get("registered").get("value").asBoolean());
        assertEquals("2026-01-05", k.get("registered").get("verified_on").asText());
        assertEquals("佐藤", k.get("registered").get("verified_by").asText());
        assertEquals("連携室 山田", k.get("contact").get("person").asText());
        assertEquals("FAX", k.get("contact").get("method").asText());
        assertEquals("午前は電話が混む", k.get("notes").get("text").asText());
        JsonNode tags = k.get("tags");
        assertEquals(3, tags.size(), tags.toString());
        JsonNode insulin = tags.get(2);
        assertEquals("インスリン導入・管理", insulin.get("tag").asText());
        assertEquals("内科", insulin.get("department").asText());
        assertTrue(insulin.get("stale").asBoolean(), "confirmed in 2020");
        assertEquals("外国語", tags.get(0).get("tag").asText());
        assertEquals("英語・中国語", tags.get(0).get("detail").asText());
        assertEquals(12, show.get("stale_months").asInt());

        String text = ok("facility", "show", "--id", id).out();
        assertTrue(text.contains("登録医: はい\t2026-01-05 佐藤"), text);
        assertTrue(text.contains("タグ: インスリン導入・管理（内科）\t2020-01-05 鈴木 【要確認】"), text);
        assertTrue(text.contains("タグ: 外国語=英語・中国語（施設全体）"), text);

        JsonNode stale = ok("facility", "stale", "--json").json();
        assertEquals(1, stale.get("facts").size());
        assertEquals("インスリン導入・管理（内科）", stale.get("facts").get(0).get("fact").asText());

        // Only --verified/--by: every fact confirmed again.
        String today = LocalDate.now().toString();
        JsonNode verified = ok("facility", "set", "--id", id, "--by", "高橋", "--json").json().get("knowledge");
        for (JsonNode t : verified.get("tags")) {
            assertEquals(today, t.get("verified_on").asText());
            assertEquals("高橋", t.get("verified_by").asText());
            assertFalse(t.get("stale").asBoolean());
        }
        assertEquals(0, ok("facility", "stale", "--json").json().get("facts").size());
    }

    @Test
    void changesAreInTheAccessRecordWithoutNotesOrContactText() {
        String id = kunaicho();
        ok("facility", "set", "--id", id, "--tag", "訪問診療", "--contact", "連携室 山田", "--notes", "午前は電話が混む",
                "--staff", "佐藤");
        ok("facility", "tags", "--add", "在宅輸血");
        ok("facility", "show", "--id", id);
        String today = LocalDate.now().toString();
        String audit = ok("audit", "--from", today, "--to", today).out();
        assertTrue(audit.contains("施設 " + id), audit);
        assertTrue(audit.contains("タグ追加 訪問診療・連絡先・備考"), audit);
        assertTrue(audit.contains("語彙にタグ追加 在宅輸血"), audit);
        assertTrue(audit.contains("佐藤"), audit);
        assertFalse(audit.contains("午前は電話が混む"), audit);
        assertFalse(audit.contains("連携室 山田"), audit);
        assertEquals(2, audit.lines().filter(l -> l.contains("施設情報の変更")).count(), "show is not a change: " + audit);
    }

    @Test
    void badInputIsRefusedWithExit3AndNothingWritten() throws Exception {
        String id = kunaicho();
        ok("facility", "set", "--id", id, "--registered", "no", "--tag", "褥瘡", "--by", "佐藤");
        List<String> before = KnowledgeTables.rows(db);
        CliRun unknown = CliRun.run(db, "facility", "set", "--id", id, "--registered", "yes", "--tag", "胃瘻");
        assertEquals(3, unknown.exit());
        assertTrue(unknown.err().contains("タグ「胃瘻」は語彙にありません。近いタグ: 胃ろう。語彙"), unknown.err());
        for (String[] args : List.of(
                new String[]{"--tag", "訪問診療", "--verified", "2026-13-01"},
                new String[]{"--tag", "訪問診療", "--verified", "2999-01-01"},
                new String[]{"--registered", "maybe"},
                new String[]{"--contact-by", "手紙"},
                new String[]{"--dept", "魔法科", "--tag", "訪問診療"},
                new String[]{"--dept", "精神科", "--tag", "訪問診療"},
                new String[]{"--untag", "訪問診療"})) {
            List<String> all = new java.util.ArrayList<>(List.of("facility", "set", "--id", id));
            all.addAll(List.of(args));
            CliRun r = CliRun.run(db, all.toArray(String[]::new));
            assertEquals(3, r.exit(), String.join(" ", args) + " → " + r.err());
            assertFalse(r.err().isBlank());
        }
        CliRun missing = CliRun.run(db, "facility", "show", "--id", "99999999");
        assertEquals(3, missing.exit());
        assertTrue(missing.err().contains("施設 ID 99999999 はありません"), missing.err());
        assertEquals(2, CliRun.run(db, "facility", "set", "--id", id).exit(), "nothing to change");
        assertEquals(before, KnowledgeTables.rows(db));
    }

    @Test
    void theOfficeAddsATagAndUsesIt() {
        assertEquals(17, ok("facility", "tags", "--json").json().get("tags").size());
        JsonNode tags = ok("facility", "tags", "--add", "ストーマ", "--json").json().get("tags");
        assertEquals(18, tags.size());
        assertFalse(tags.get(17).get("builtin").asBoolean());
        assertEquals(3, CliRun.run(db, "facility", "tags", "--add", "ストーマ").exit());
        String id = kunaicho();
        ok("facility", "set", "--id", id, "--tag", "ストーマ");
        assertTrue(ok("facility", "show", "--id", id).out().contains("タグ: ストーマ（施設全体）"));
        ok("facility", "set", "--id", id, "--untag", "ストーマ");
        assertTrue(ok("facility", "show", "--id", id).out().contains("まだありません"));
    }
}
