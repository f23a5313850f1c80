package org.renkei.dataimport.read.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.renkei.dataimport.read.ImportProblem;
import org.renkei.dataimport.read.ImportRejectedException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTableTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        return write(name, text.getBytes(cs));
    }

    private ImportProblem rejected(Path p) {
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> {
            try (CsvTable t = CsvTable.open(p)) {
                while (t.next() != null) {
                    // read to the end
                }
            }
        });
        assertEquals(p.getFileName().toString(), e.problem().file());
        return e.problem();
    }

    @Test
    void readsUtf8WithBomAndFindsColumnsByNormalisedName() throws Exception {
        byte[] body = "ID,名称（カナ）\r\n001,\"ｱ\"\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        try (CsvTable t = CsvTable.open(write("bom.csv", bytes))) {
            assertEquals(StandardCharsets.UTF_8, t.charset());
            assertEquals(List.of("ID", "名称（カナ）"), t.header());
            assertEquals(1, t.column("名称(カナ)"));
            assertEquals(-1, t.column("無い列"));
            CsvRow r = t.next();
            assertEquals(2, r.number());
            assertEquals("001", r.get(0));
            assertNull(t.next());
        }
    }

    @Test
    void readsShiftJis() throws Exception {
        try (CsvTable t = CsvTable.open(write("sjis.csv", "ID,名称\n1,髙橋医院①\n", TextEncoding.CP932))) {
            assertEquals(TextEncoding.CP932, t.charset());
            assertEquals("髙橋医院①", t.next().get(1));
        }
    }

    @Test
    void skipsBlankLines() throws Exception {
        try (CsvTable t = CsvTable.open(write("blank.csv", "a,b\n1,2\n\n3,4\n\n", StandardCharsets.UTF_8))) {
            assertEquals("2", t.next().get(1));
            assertEquals(4, t.next().number());
            assertNull(t.next());
        }
    }

    @Test
    void rejectsEmptyAndHeaderOnly() throws IOException {
        assertEquals("ファイルが空です。", rejected(write("empty.csv", new byte[0])).message());
        ImportProblem p = rejected(write("header.csv", "a,b\r\n", StandardCharsets.UTF_8));
        assertTrue(p.message().contains("見出し行だけ"), p.message());
    }

    @Test
    void rejectsWrongColumnCountWithRow() throws IOException {
        ImportProblem p = rejected(write("cols.csv", "a,b\n1,2\n1,2,3\n", StandardCharsets.UTF_8));
        assertEquals(3, p.row());
        assertTrue(p.message().contains("見出し 2 列、この行 3 列"), p.message());
    }

    @Test
    void rejectsUnterminatedQuoteNamingTheColumn() throws IOException {
        ImportProblem p = rejected(write("quote.csv", "a,b\n1,\"2\n", StandardCharsets.UTF_8));
        assertEquals(2, p.row());
        assertEquals("b", p.column());
        assertTrue(p.message().contains("引用符"));
    }

    @Test
    void rejectsMissingFinalLineBreak() throws IOException {
        ImportProblem p = rejected(write("cut.csv", "a,b\n1,2\n3,4", StandardCharsets.UTF_8));
        assertEquals(3, p.row());
        assertTrue(p.message().contains("途中で切れています"), p.message());
    }

    @Test
    void acceptsALastLineWithoutLineBreakThatEndsInAClosedQuote() throws Exception {
        try (CsvTable t = CsvTable.open(write("quoted.csv", "a,b\n1,2\n3,\"4\"", StandardCharsets.UTF_8))) {
            assertEquals("2", t.next().get(1));
            CsvRow last = t.next();
            assertEquals(3, last.number());
            assertEquals(List.of("3", "4"), last.cells());
            assertNull(t.next());
        }
    }

    @Test
    void rejectsAQuotedLastLineWithoutLineBreakWhenAColumnIsMissing() throws IOException {
        ImportProblem p = rejected(write("short.csv", "a,b,c\n1,2,3\n4,\"5\"", StandardCharsets.UTF_8));
        assertEquals(3, p.row());
        assertTrue(p.message().contains("途中で切れています"), p.message());
        ImportProblem open = rejected(write("open.csv", "a,b\n1,2\n3,\"4", StandardCharsets.UTF_8));
        assertTrue(open.message().contains("引用符"), open.message());
    }

    @Test
    void rejectsBytesThatAreNeitherUtf8NorShiftJis() throws IOException {
        byte[] bytes = {'a', '\n', '1', '\n', (byte) 0x82, (byte) 0xA0, (byte) 0xFF, (byte) 0xFE, '\n'};
        ImportProblem p = rejected(write("bin.csv", bytes));
        assertTrue(p.message().contains("文字コードを判別できません"), p.message());
        assertEquals(3, p.row());
    }

    @Test
    void rejectsUtf8CutInsideACharacter() throws IOException {
        byte[] full = "名称\n内科\n".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 3);
        ImportProblem p = rejected(write("cutchar.csv", cut));
        assertTrue(p.message().contains("末尾が文字の途中で切れています"), p.message());
    }

    @Test
    void rejectsInvalidUtf8AfterABom() throws IOException {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', (byte) 0xC3, '\n'};
        ImportProblem p = rejected(write("badbom.csv", bytes));
        assertTrue(p.message().contains("読めない文字"), p.message());
    }

    @Test
    void rejectsAFieldLongerThanAnExcelCellNamingRowAndColumn() throws IOException {
        String huge = "x".repeat(org.renkei.dataimport.read.ImportLimits.DEFAULTS.maxCellChars() + 1);
        ImportProblem p = rejected(write("huge.csv", "ID,名称\n1,浜田病院\n2," + huge + "\n", StandardCharsets.UTF_8));
        assertEquals(3, p.row());
        assertEquals("名称", p.column());
        assertTrue(p.message().contains("32,767 文字"), p.message());
    }

    @Test
    void rejectsUtf8AndShiftJisLinesInOneFile() throws IOException {
        byte[] utf8 = "ID,名称\n1,浜田病院\n".getBytes(StandardCharsets.UTF_8);
        byte[] sjis = "2,三井記念病院\n".getBytes(TextEncoding.CP932);
        byte[] both = java.util.Arrays.copyOf(utf8, utf8.length + sjis.length);
        System.arraycopy(sjis, 0, both, utf8.length, sjis.length);
        ImportProblem p = rejected(write("mixed.csv", both));
        assertEquals(3, p.row());
        assertEquals("文字コードが混在しています（1行目は UTF-8、3行目は Shift_JIS など別の文字コード）。"
                + "一つの文字コードで保存し直してください。", p.message());
    }

    @Test
    void requireNamesEveryMissingColumn() throws Exception {
        try (CsvTable t = CsvTable.open(write("req.csv", "ID,x\n1,2\n", StandardCharsets.UTF_8))) {
            ImportRejectedException e = assertThrows(ImportRejectedException.class,
                    () -> t.require("ID", "正式名称", "所在地"));
            assertEquals("正式名称", e.problem().column());
            assertTrue(e.problem().message().contains("「正式名称」「所在地」"), e.problem().message());
            assertEquals(0, t.require("ID")[0]);
        }
    }
}
