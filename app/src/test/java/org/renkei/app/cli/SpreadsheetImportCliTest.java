package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.StoreSnapshot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spreadsheet formats through the CLI into a real H2 folder; a bad workbook changes nothing. */
class SpreadsheetImportCliTest {
    @TempDir
    Path tmp;

    @Test
    void municipalAndBureauWorkbooksImportAndBadWorkbookChangesNothing() throws Exception {
        Path db = tmp.resolve("db");
        CliRun takamatsu = CliRun.run(db, "import", "--json",
                TestFiles.get("data/takamatsu_0062_hospital_data_20260812.xlsx").toString());
        assertEquals(0, takamatsu.exit(), takamatsu.err());
        assertEquals(617, takamatsu.json().get("files").get(0).get("added").asInt());

        CliRun bureau = CliRun.run(db, "import", "--json",
                TestFiles.get("data/kouseikyoku_layout_sample.xlsx").toString());
        assertEquals(0, bureau.exit(), bureau.err());
        JsonNode file = bureau.json().get("files").get(0);
        assertEquals(60, file.get("added").asInt());

        JsonNode stats = CliRun.run(db, "stats", "--json").json();
        assertEquals(677, stats.get("facilities").asInt());
        assertEquals(222, stats.get("by_kind").get("歯科").asInt());

        CliRun again = CliRun.run(db, "import", "--json",
                TestFiles.get("data/kouseikyoku_layout_sample.xlsx").toString());
        assertEquals(60, again.json().get("files").get(0).get("unchanged").asInt());

        List<String> before = snapshot(db);
        Path html = Files.writeString(tmp.resolve("一覧.xls"),
                "<html><body><table><tr><td>医療機関名</td></tr></table></body></html>", StandardCharsets.UTF_8);
        CliRun rejected = CliRun.run(db, "import", html.toString());
        assertEquals(3, rejected.exit());
        assertTrue(rejected.err().contains("一覧.xls"), rejected.err());
        assertEquals(before, snapshot(db));
    }

    private static List<String> snapshot(Path db) throws Exception {
        try (Database d = Database.open(db, TestPassword.chars())) {
            return StoreSnapshot.all(d);
        }
    }
}
