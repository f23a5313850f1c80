package org.renkei.app.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled font is parsed once and shared: documents made at the same time must each get a sound subset. */
class JapaneseFontTest {
    private static final List<String> TEXTS = List.of("診療情報提供書 府中内科", "通院先のご案内 稲城市立病院",
            "逆紹介 多摩総合医療センター", "HbA1c 7.2% 糖尿病外来", "国立市 谷保 皮膚科クリニック",
            "紹介先 案1 調布 循環器内科");

    @Test
    void documentsMadeConcurrentlyEachEmbedTheirOwnSubsetOfTheirOwnText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(TEXTS.size());
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (String text : TEXTS) {
                pdfs.add(pool.submit(() -> pdf(text)));
            }
            List<String> subsetNames = new ArrayList<>();
            for (int i = 0; i < TEXTS.size(); i++) {
                try (PDDocument doc = Loader.loadPDF(pdfs.get(i).get())) {
                    assertEquals(TEXTS.get(i), new PDFTextStripper().getText(doc).strip());
                    PDFont font = doc.getPage(0).getResources()
                            .getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
                    assertTrue(font.isEmbedded(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+IPAexGothic"), font.getName());
                    subsetNames.add(font.getName());
                }
            }
            assertEquals(TEXTS.size(), subsetNames.stream().distinct().count(), "one subset per document");
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] pdf(String text) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = JapaneseFont.pdf(doc);
            assertFalse(font.getName().isEmpty());
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(50, 700);
                cs.showText(text);
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
