package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cross-source linking with the real lists: the embedded ナビイ sample (583 Tokyo hospitals) and the real 厚生局 Tokyo
 * code list (13,760 rows), through the CLI into one H2 folder.
 */
class FacilityLinkCliTest {
    @TempDir
    static Path tmp;
    static Path db;
    static JsonNode bureauImport;

    @BeforeAll
    static void importBoth() throws Exception {
        db = tmp.resolve("db");
        CliRun sample = CliRun.run(db, "import", "--sample", "--json");
        assertEquals(0, sample.exit(), sample.err());
        CliRun bureau = CliRun.run(db, "import", "--json", TokyoBureauList.write(tmp).toString());
        assertEquals(0, bureau.exit(), bureau.err());
        bureauImport = bureau.json().get("files").get(0);
    }

    private static List<JsonNode> links(String... options) {
        List<String> args = new ArrayList<>(List.of("links", "--json"));
        args.addAll(List.of(options));
        CliRun run = CliRun.run(db, args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return StreamSupport.stream(run.json().get("links").spliterator(), false).toList();
    }

    private static Optional<JsonNode> linkOf(String sourceKey) {
        return links().stream().filter(l -> l.get("primary").get("source_key").asText().equals(sourceKey)
                || l.get("secondary").get("source_key").asText().equals(sourceKey)).findFirst();
    }

    private static List<JsonNode> search(String name) {
        CliRun run = CliRun.run(db, "search", "--name", name, "--limit", "0", "--json");
        assertEquals(0, run.exit(), run.err());
        return StreamSupport.stream(run.json().get("results").spliterator(), false).toList();
    }

    @Test
    void theImportReportsTheLinksOfTheFacilitiesItTouched() {
        assertEquals(13_760, bureauImport.get("added").asInt());
        assertEquals(566, bureauImport.get("links").get("auto").asInt());
        assertEquals(9, bureauImport.get("links").get("pending").asInt());
    }

    @Test
    void hamadaHospitalIsOneFacilityWithBothKeys() {
        JsonNode link = linkOf("130110049").orElseThrow();
        assertEquals("auto", link.get("state").asText());
        assertEquals("mhlw-navii", link.get("primary").get("source").asText());
        assertEquals("1311130200690", link.get("primary").get("source_key").asText());
        assertEquals("kouseikyoku", link.get("secondary").get("source").asText());
        assertTrue(link.get("secondary").get("source_key").asText().endsWith("0110049"), "医療機関番号 0110049");
        assertEquals("名称が一致・所在地が一致（町丁目・番地）", link.get("reason").asText());

        List<JsonNode> found = search("浜田病院");
        assertEquals(1, found.size(), found.toString());
        assertEquals("1311130200690", found.get(0).get("source_key").asText());
    }

    @Test
    void similarNamesOfDifferentFacilitiesAreNotJoined() {
        // The hospital (ナビイ and bureau) is one; its clinic in the next block keeps its own entry.
        JsonNode hospital = linkOf("1311130300460").orElseThrow();
        assertEquals("auto", hospital.get("state").asText());
        assertTrue(hospital.get("secondary").get("source_key").asText().endsWith("0270751"));
        assertTrue(linkOf("130233551").isEmpty(), "聖路加国際病院附属クリニック is not 聖路加国際病院");
        List<String> names = search("聖路加国際病院").stream().map(r -> r.get("name").asText()).toList();
        assertEquals(List.of("聖路加国際病院", "聖路加国際病院附属クリニック", "聖路加国際病院附属クリニック 聖路加メディローカス"),
                names.stream().sorted().toList());
        assertEquals(1, search("河北総合病院分院").size());
        assertTrue(linkOf(search("河北総合病院分院").get(0).get("source_key").asText()).isEmpty());
    }

    @Test
    void pendingPairsAreListedForAPerson() {
        List<JsonNode> pending = links("--pending");
        assertEquals(9, pending.size());
        JsonNode showa = pending.stream().filter(l -> l.get("primary").get("name").asText().equals("昭和大学病院"))
                .findFirst().orElseThrow();
        assertEquals("昭和医科大学病院", showa.get("secondary").get("name").asText());
        assertEquals("東京都品川区旗の台一丁目５番８号", showa.get("secondary").get("address").asText());
        assertEquals(73, showa.get("score").asInt());
        assertTrue(showa.get("decided_at").isNull());
        CliRun text = CliRun.run(db, "links", "--pending");
        assertTrue(text.out().contains("確認待ち スコア 73 名称が類似（0.67）・所在地が一致（町丁目・番地）"), text.out());
        assertTrue(text.out().contains("kouseikyoku 130915413 昭和医科大学病院 東京都品川区旗の台一丁目５番８号"), text.out());
    }

    @Test
    void unknownLinkIsRejected() {
        CliRun run = CliRun.run(db, "links", "confirm", "999999");
        assertEquals(3, run.exit());
        assertEquals("同一施設の組 #999999 はありません（links で一覧できます）。", run.err().strip());
    }

    @Test
    void reviewedPairsStayDecidedAcrossReimports() throws Exception {
        Path own = tmp.resolve("review");
        Path dbReview = own.resolve("db");
        Files.createDirectories(own);
        assertEquals(0, CliRun.run(dbReview, "import", "--sample").exit());
        // Two real bureau rows: 河北総合病院 (moved one block: pending) and 昭和医科大学病院 (renamed: pending).
        String kawakita = "135970017,5970017,社会医療法人河北医療財団 河北総合病院,1660001,杉並区阿佐谷北一丁目６番１号\r\n";
        String showa = "130915413,0915413,昭和医科大学病院,1428555,品川区旗の台一丁目５番８号\r\n";
        Path list = Files.writeString(own.resolve("bureau.csv"), kawakita + showa);
        CliRun first = CliRun.run(dbReview, "import", "--json", list.toString());
        assertEquals(2, first.json().get("files").get(0).get("links").get("pending").asInt(), first.out());
        List<JsonNode> pending = CliRun.run(dbReview, "links", "--pending", "--json").json().findValues("links").get(0)
                .findParents("state");
        long kawakitaLink = pending.stream().filter(l -> l.get("secondary").get("name").asText().contains("河北"))
                .findFirst().orElseThrow().get("id").asLong();
        long showaLink = pending.stream().filter(l -> l.get("secondary").get("name").asText().contains("昭和"))
                .findFirst().orElseThrow().get("id").asLong();
        assertEquals(3, CliRun.run(dbReview, "search", "--name", "河北総合病院", "--json").json().get("results").size(),
                "ナビイ 河北総合病院 and 河北総合病院分院, and the bureau's 河北総合病院 while the pair is pending");

        CliRun confirmed = CliRun.run(dbReview, "links", "confirm", String.valueOf(kawakitaLink));
        assertEquals(0, confirmed.exit(), confirmed.err());
        assertTrue(confirmed.out().startsWith("#" + kawakitaLink + " を同一施設としました"), confirmed.out());
        CliRun rejected = CliRun.run(null, "links", "reject", "--db", dbReview.toString(), String.valueOf(showaLink));
        assertEquals(0, rejected.exit(), rejected.err());
        assertTrue(rejected.out().startsWith("#" + showaLink + " を別施設としました"), "--db given to the subcommand");
        List<JsonNode> kawakitaFound = StreamSupport.stream(CliRun.run(dbReview, "search", "--name", "河北総合病院",
                "--json").json().get("results").spliterator(), false).toList();
        assertEquals(List.of("mhlw-navii", "mhlw-navii"), kawakitaFound.stream()
                .map(r -> r.get("source").asText()).toList(), "the bureau's 河北総合病院 is now shown as the ナビイ one");

        // A newer list changes both rows (postcodes): they are compared again, but decisions stand.
        Path newer = Files.writeString(own.resolve("bureau2.csv"), kawakita.replace("1660001", "1660002")
                + showa.replace("1428555", "1428556"));
        CliRun again = CliRun.run(dbReview, "import", "--json", newer.toString());
        assertEquals(2, again.json().get("files").get(0).get("updated").asInt(), again.out());
        assertEquals(0, again.json().get("files").get(0).get("links").get("pending").asInt(), again.out());
        assertTrue(CliRun.run(dbReview, "links", "--pending", "--json").json().get("links").isEmpty());
        JsonNode all = CliRun.run(dbReview, "links", "--json").json().get("links");
        assertEquals(2, all.size());
        for (JsonNode l : all) {
            assertEquals(l.get("id").asLong() == kawakitaLink ? "confirmed" : "rejected", l.get("state").asText());
            assertTrue(!l.get("decided_at").isNull());
        }
    }
}
