package org.renkei.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.app.importing.SampleData;
import org.renkei.app.store.Database;
import org.renkei.app.store.TestPassword;
import org.renkei.app.store.StoreSnapshot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input matrix of issue 4 through the real CLI against a store already holding the sample: every damaged or
 * hostile file ends with exit 3, one Japanese line on stderr naming the file (and sheet / row / column where there is
 * one), and the store exactly as before (facility count and a SHA-256 over every facility row with its departments
 * and hours, the link tables and the import batches). Formula and date cells that Excel shows as proper values are
 * not bad input: they import as shown (argued in docs/decisions/0011).
 */
class ImportBadInputCliTest {
    @TempDir
    static Path dir;
    static Path template;
    static BadInputFiles files;
    Path db;

    @BeforeAll
    static void sample() {
        template = dir.resolve("template");
        assertEquals(0, CliRun.run(template, "import", "--sample").exit());
        files = new BadInputFiles(dir);
    }

    /** Each case gets its own copy of the store holding the sample. */
    @BeforeEach
    void copyStore(TestInfo test) throws Exception {
        db = dir.resolve("db-" + test.getTestMethod().orElseThrow().getName());
        Files.createDirectories(db);
        try (var stored = Files.list(template)) {
            for (Path f : stored.toList()) {
                Files.copy(f, db.resolve(f.getFileName()));
            }
        }
    }

    /** Facility count and a SHA-256 over every stored row that an import may write. */
    String state() throws Exception {
        try (Database d = Database.open(db, TestPassword.chars()); Connection c = d.connection(); Statement st = c.createStatement()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> rows = StoreSnapshot.all(d);
            rows.forEach(r -> sha.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
            StringBuilder counts = new StringBuilder("facilities=" + rows.size());
            for (String table : List.of("facility_department", "department_hours", "facility_link", "facility_link_key",
                    "import_batch", "import_problem")) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.append(' ').append(table).append('=').append(rs.getLong(1));
                }
            }
            return counts + " sha256=" + HexFormat.of().formatHex(sha.digest());
        }
    }

    /** Imports {@code file}, expects the rejection and an unchanged store; returns stderr's one line. */
    private String rejected(Path file, String... expected) throws Exception {
        String before = state();
        assertTrue(before.startsWith("facilities=583 "), before);
        CliRun run = CliRun.run(db, "import", file.toString());
        String err = run.err().strip();
        assertEquals(3, run.exit(), run.out() + err);
        assertEquals(1, err.lines().count(), err);
        String name = file.getFileName().toString();
        assertTrue(err.startsWith(name), err);
        String located = err.substring(name.length());
        assertTrue(located.codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN),
                "a Japanese reason: " + err);
        for (String part : expected) {
            assertTrue(located.contains(part), "「" + part + "」 missing in: " + err);
        }
        assertEquals("", run.out());
        assertEquals(before, state(), "the store changed");
        return err;
    }

    @Test
    void truncatedXlsx() throws Exception {
        rejected(files.truncated("途中まで.xlsx", TestFiles.get("data/kouseikyoku_layout_sample.xlsx")), "壊れて");
    }

    @Test
    void corruptXlsx() throws Exception {
        rejected(files.corrupted("破損.xlsx", TestFiles.get("data/kouseikyoku_layout_sample.xlsx")), "壊れて");
    }

    @Test
    void passwordProtectedWorkbook() throws Exception {
        rejected(files.encrypted("暗号化.xlsx"), "パスワード");
    }

    @Test
    void htmlSavedAsXls() throws Exception {
        Path html = Files.writeString(dir.resolve("一覧.xls"), "\uFEFF<html><body><table><tr><td>項番</td><td>医療機関番号"
                + "</td></tr></table></body></html>", StandardCharsets.UTF_8);
        rejected(html, "HTML");
    }

    @Test
    void emptySheet() throws Exception {
        rejected(files.emptySheet("空.xlsx"), "空");
    }

    @Test
    void headerOnlyWorkbookAndCsv() throws Exception {
        rejected(files.bureau("見出しだけ.xlsx", s -> { }), "シート「東京都」", "3行目", "見出し行だけ");
        Path csv = Files.writeString(dir.resolve("見出しだけ.csv"), Files.readString(SampleData.extract()).lines()
                .findFirst().orElseThrow() + "\n", StandardCharsets.UTF_8);
        rejected(csv, "見出し行だけ");
    }

    @Test
    void formulaWithoutAStoredResult() throws Exception {
        rejected(files.formula("未計算.xlsx", false), "シート「東京都」", "5行目", "列「D」", "計算結果");
    }

    @Test
    void formulaWithAnErrorResult() throws Exception {
        rejected(files.formulaError("数式エラー.xlsx"), "シート「東京都」", "5行目", "列「G」", "#DIV/0!");
    }

    @Test
    void tenMegabyteCellInAWorkbook() throws Exception {
        rejected(files.hugeCell("巨大セル.xlsx"), "シート「東京都」", "5行目", "列「D」", "32,767");
    }

    @Test
    void tenMegabyteFieldInACsv() throws Exception {
        rejected(files.hugeCsvField("巨大セル.csv", SampleData.extract()), "2行目", "列「正式名称」", "32,767");
    }

    @Test
    void zipBombs() throws Exception {
        rejected(files.xlsxBomb("爆弾.xlsx"), "圧縮爆弾");
        rejected(files.csvZipBomb("爆弾.zip"), "圧縮爆弾");
    }

    @Test
    void csvMixingUtf8AndShiftJisLines() throws Exception {
        rejected(files.mixedEncodings("文字コード混在.csv", SampleData.extract()), "301行目", "文字コード", "混在");
    }

    /**
     * Not bad input: a formula whose result Excel stored, and a date typed into a date cell, are what the user sees;
     * they import (exit 0) as shown. Only the rows are added; the sample is untouched.
     */
    @Test
    void calculatedFormulasAndDateCellsImportAsExcelShowsThem() throws Exception {
        CliRun formula = CliRun.run(db, "import", "--json", files.formula("数式.xlsx", true).toString());
        assertEquals(0, formula.exit(), formula.err());
        assertEquals("[]", formula.json().get("files").get(0).get("problems").toString());
        CliRun date = CliRun.run(db, "import", "--json", files.dateCell("日付.xlsx").toString());
        assertEquals(0, date.exit(), date.err());
        assertEquals("[]", date.json().get("files").get(0).get("problems").toString(), "2023/10/1 is a valid date");
        assertEquals(1, date.json().get("files").get(0).get("updated").asInt(), "the same 浜田病院 row, now by name");
        JsonNode hamada = CliRun.run(db, "links", "--json").json().get("links").get(0);
        assertEquals("auto", hamada.get("state").asText(), "joined with the ナビイ 浜田病院 of the sample");
        assertEquals("130110049", hamada.get("secondary").get("source_key").asText());
    }

    /** Not bad input either: a 5,000-character name (Excel allows 32,767) is cut to the store's 400 and reported. */
    @Test
    void aNameLongerThanTheStoreKeepsIsCutAndReportedNotRejected() throws Exception {
        String sample = Files.readString(SampleData.extract(), StandardCharsets.UTF_8);
        int comma = sample.indexOf(',', sample.indexOf('\n') + 1);
        Path file = Files.writeString(dir.resolve("長い名称.csv"), sample.substring(0, comma + 1) + "長".repeat(5_000)
                + sample.substring(sample.indexOf(',', comma + 1)), StandardCharsets.UTF_8);
        CliRun run = CliRun.run(db, "import", "--json", file.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode report = run.json().get("files").get(0);
        assertEquals(1, report.get("updated").asInt());
        JsonNode cut = report.get("problems").get(0);
        assertEquals(2, cut.get("row").asInt());
        assertEquals("名称", cut.get("column").asText());
        assertEquals("値が長すぎます（5,000 文字）。先頭の 400 文字だけ取り込みます。", cut.get("message").asText());
    }
}
