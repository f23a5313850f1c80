package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code match --require <any tag>} and {@code --prefer-history} on the real sample, with knowledge set through
 * {@code facility set}: the matcher reads tags and 登録医 from the store.
 */
class RankingCliTest extends SampleCli {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] NEAR_FUCHU = {"--at", "35.6717,139.4797", "--dept", "内科", "--km", "10", "--json"};

    JsonNode match(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("match"));
        args.addAll(List.of(NEAR_FUCHU));
        args.addAll(List.of(extra));
        return MAPPER.readTree(ok(args.toArray(new String[0])).out());
    }

    static List<String> firstIds(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("plans").forEach(p -> out.add(p.get("facilities").get(0).get("id").asText()));
        return out;
    }

    @Test
    void registeredClinicMovesWithinItsDistanceRankOnlyUnlessPreferenceFirst() throws Exception {
        List<String> before = firstIds(match("--top", "3"));
        String nearest = before.get(0);
        String third = before.get(2);
        ok("facility", "set", "--id", third, "--registered", "yes", "--by", "連携室 田中");

        JsonNode plain = match("--top", "3");
        assertEquals(before, firstIds(plain), "a 登録医 farther away does not pass a nearer clinic");
        JsonNode reg = plain.get("plans").get(2).get("facilities").get(0);
        assertEquals(List.of("登録医"), List.of(reg.get("reasons").get(0).asText()));
        assertEquals(0.4 + 0.4 * 0.5 + 0.2 * 1.0, reg.get("preference").asDouble(), 1e-4, "registered, fresh fact");

        JsonNode pref = match("--top", "3", "--prefer-history");
        assertEquals(third, firstIds(pref).get(0), "実績優先: the 登録医 first");
        assertEquals(nearest, firstIds(pref).get(1), "then by distance among equal preference");
        assertTrue(pref.get("explanation").asText().contains("実績優先"), pref.get("explanation").asText());
    }

    @Test
    void anyCapabilityTagCanBeRequiredAndTheOldCodesStillWork() throws Exception {
        JsonNode none = match("--require", "在宅酸素");
        assertEquals(0, none.get("plans").size(), "nobody has 在宅酸素 yet");
        assertEquals("内科", none.get("uncovered").get(0).get("dept").asText());

        String second = firstIds(match("--top", "2")).get(1);
        ok("facility", "set", "--id", second, "--tag", "在宅酸素", "--tag", "訪問診療");
        JsonNode oxygen = match("--require", "在宅酸素,訪問診療");
        assertEquals(List.of(second), firstIds(oxygen));
        JsonNode mixed = match("--require", "在宅酸素,home-visit");
        assertEquals(List.of(second), firstIds(mixed), "home-visit is 訪問診療: the tag satisfies it");

        String text = ok("match", "--at", "35.6717,139.4797", "--dept", "内科", "--km", "10", "--require",
                "在宅酸素").out();
        assertTrue(text.contains("案1: 1か所"), text);
    }

    @Test
    void anUnknownTagIsRefusedInJapaneseWithExit3() throws Exception {
        CliRun r = CliRun.run(db, "match", "--at", "35.6717,139.4797", "--dept", "内科", "--require", "在宅酸素,空を飛ぶ");
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().contains("条件「空を飛ぶ」は能力タグの一覧にありません"), r.err());
        assertTrue(r.err().contains("在宅酸素"), "lists the known tags: " + r.err());
        assertEquals("", r.out());

        var batch = tmp.resolve("cases.jsonl");
        Files.writeString(batch, "{\"id\":\"c1\",\"lat\":35.67,\"lng\":139.48,\"dept\":[\"内科\"],\"require\":[\"宇宙\"]}\n");
        CliRun b = CliRun.run(db, "match", "--batch", batch.toString());
        assertEquals(3, b.exit(), b.err());
        assertTrue(b.err().contains("条件「宇宙」は能力タグの一覧にありません（c1）"), b.err());
    }
}
