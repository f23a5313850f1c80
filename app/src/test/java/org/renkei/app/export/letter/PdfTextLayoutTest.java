package org.renkei.app.export.letter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.renkei.app.export.JapaneseFont;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfTextLayoutTest {
    private static PDDocument doc;
    private static PdfTextLayout layout;

    @BeforeAll
    static void font() throws IOException {
        doc = new PDDocument();
        layout = new PdfTextLayout(JapaneseFont.pdf(doc));
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    @Test
    void japaneseWrapsByMeasuredWidthAndLosesNothing() {
        String text = "膝痛は歩行時のみで、安静時痛はありません。".repeat(8);
        List<String> lines = layout.wrap(text, 10.5f, 200);
        assertTrue(lines.size() > 3, lines::toString);
        for (String line : lines) {
            assertTrue(layout.width(line, 10.5f) <= 200.001f, line);
        }
        // every line but the last is full: adding its next character would overflow
        int used = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            used += lines.get(i).length();
            String next = text.substring(used, used + 1);
            assertTrue(layout.width(lines.get(i) + next, 10.5f) > 200, lines.get(i));
        }
        assertEquals(text, String.join("", lines));
    }

    @Test
    void ideographsAreFullWidthSoTheLineHoldsWidthOverSizeCharacters() {
        List<String> lines = layout.wrap("あ".repeat(50), 10, 100);
        assertEquals(10, lines.get(0).length());        // IPAex kana are 1 em wide: 10 × 10 pt = 100 pt
        assertEquals(5, lines.size());
    }

    @Test
    void latinWordsAreNotCutWhenASpaceCanTakeTheBreak() {
        List<String> lines = layout.wrap("HbA1c 7.0% furosemide metformin hydrochloride", 10, 80);
        for (String line : lines) {
            assertTrue(layout.width(line, 10) <= 80.001f, line);
            assertTrue(!line.startsWith(" ") && !line.endsWith(" "), line);
        }
        assertEquals("HbA1c7.0%furosemidemetforminhydrochloride", String.join("", lines).replace(" ", ""));
        assertTrue(lines.contains("metformin") || lines.stream().anyMatch(l -> l.endsWith("metformin")),
                lines::toString);
    }

    @Test
    void lineBreaksAreKeptAndEmptyLinesToo() {
        assertEquals(List.of("一行目", "", "三行目"), layout.wrap("一行目\r\n\n三行目", 10, 300));
        assertEquals(List.of(""), layout.wrap("", 10, 300));
    }

    @Test
    void whatTheFontCannotShowBecomesAGetaMark() {
        String printable = layout.printable("花子\uD83D\uDE00様\t済\u0007");
        assertEquals("花子〓様 済", printable);
    }
}
