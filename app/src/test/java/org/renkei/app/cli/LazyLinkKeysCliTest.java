package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Link keys are computed only once a second source is in the store (docs/decisions/0025): a single source gets none,
 * and the links found do not depend on which source came first.
 */
class LazyLinkKeysCliTest {
    // Two real bureau rows: 河北総合病院 (moved one block) and 昭和医科大学病院 (renamed): both pending with the sample.
    private static final String BUREAU = "135970017,5970017,社会医療法人河北医療財団 河北総合病院,1660001,杉並区阿佐谷北一丁目６番１号\r\n"
            + "130915413,0915413,昭和医科大学病院,1428555,品川区旗の台一丁目５番８号\r\n";

    @TempDir
    Path tmp;

    @Test
    void aSingleSourceIsNotKeyedAndTheSecondSourceKeysBoth() throws Exception {
        Path db = tmp.resolve("db");
        JsonNode sample = importOk(db, "--sample");
        assertEquals(0, sample.get("links").get("auto").asInt() + sample.get("links").get("pending").asInt());
        assertEquals(0, count(db, "facility_link_key"), "one source: nothing to link to, nothing keyed");
        assertEquals(0, count(db, "facility_link"));

        JsonNode bureau = importOk(db, bureauList().toString());
        assertEquals(2, bureau.get("links").get("pending").asInt());
        assertEquals(count(db, "facility"), count(db, "facility_link_key"), "every facility of both sources keyed");
    }

    @Test
    void theLinksAreTheSameWhicheverSourceCameFirst() throws Exception {
        Path sampleFirst = tmp.resolve("a");
        importOk(sampleFirst, "--sample");
        JsonNode a = importOk(sampleFirst, bureauList().toString());

        Path bureauFirst = tmp.resolve("b");
        importOk(bureauFirst, bureauList().toString());
        assertEquals(0, count(bureauFirst, "facility_link_key"));
        JsonNode b = importOk(bureauFirst, "--sample");

        assertEquals(a.get("links"), b.get("links"));
        assertEquals(links(sampleFirst), links(bureauFirst));
        assertEquals(2, links(bureauFirst).size());
    }

    private Path bureauList() throws Exception {
        Path list = tmp.resolve("bureau.csv");
        return Files.exists(list) ? list : Files.writeString(list, BUREAU);
    }

    private static JsonNode importOk(Path db, String what) {
        CliRun run = CliRun.run(db, "import", "--json", what);
        assertEquals(0, run.exit(), run.err());
        return run.json().get("files").get(0);
    }

    /** Each link as primary source key, secondary source key, state, score and reason. */
    private static List<String> links(Path db) {
        CliRun run = CliRun.run(db, "links", "--json");
        assertEquals(0, run.exit(), run.err());
        return StreamSupport.stream(run.json().get("links").spliterator(), false)
                .map(l -> l.get("primary").get("source_key").asText() + " " + l.get("secondary").get("source_key")
                        .asText() + " " + l.get("state").asText() + " " + l.get("score").asInt() + " "
                        + l.get("reason").asText())
                .sorted().toList();
    }

    private static int count(Path folder, String table) throws Exception {
        try (Database db = Database.open(folder, TestPassword.chars());
             Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
