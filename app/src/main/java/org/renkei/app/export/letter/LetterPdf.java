package org.renkei.app.export.letter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.renkei.app.export.JapaneseFont;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import static org.renkei.app.export.letter.PdfPages.A4;
import static org.renkei.app.export.letter.PdfPages.MARGIN;
import static org.renkei.app.export.letter.PdfPages.WIDTH;

/** Draws a {@link LetterContent} as an A4 PDF with the bundled Japanese font embedded (subset). */
final class LetterPdf {
    private static final float TITLE_SIZE = 18;
    private static final float BODY = PdfTable.SIZE;

    private LetterPdf() {
    }

    static void write(LetterContent letter, Optional<LetterLogo> logo, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfTextLayout text = new PdfTextLayout(JapaneseFont.pdf(doc));
            try (PdfPages pages = new PdfPages(doc, text, letter.runningHead())) {
                head(pages, text, letter, doc, logo);
                PdfTable table = new PdfTable(pages, text);
                for (LetterRow row : letter.rows()) {
                    table.row(row);
                }
                pages.numberPages();
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(letter.title());            // no patient data in the metadata
            info.setCreator("Renkei Desk");
            doc.save(out.toFile());
        }
    }

    private static void head(PdfPages pages, PdfTextLayout text, LetterContent letter, PDDocument doc,
                             Optional<LetterLogo> logo) throws IOException {
        float top = pages.y();
        float logoHeight = 0;
        if (logo.isPresent()) {
            LetterLogo l = logo.get();
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, l.bytes(), "logo");
            pages.image(image, MARGIN, top, l.widthPt(), l.heightPt());
            logoHeight = l.heightPt();
        }
        pages.textCentered(letter.title(), A4.getWidth() / 2, top - TITLE_SIZE - 2, TITLE_SIZE);
        pages.down(Math.max(TITLE_SIZE + 14, logoHeight + 8));
        pages.textRight(letter.date(), MARGIN + WIDTH, pages.y() - BODY, BODY);
        pages.down(BODY + 12);
        for (int i = 0; i < letter.addressee().size(); i++) {
            float size = i == 0 ? 13 : 11;
            lines(pages, text, letter.addressee().get(i), MARGIN, WIDTH, size);
        }
        pages.down(6);
        float senderX = MARGIN + WIDTH * 0.5f;
        for (String line : letter.sender()) {
            lines(pages, text, line, senderX, WIDTH * 0.5f, 10);
        }
        pages.down(10);
        lines(pages, text, letter.greeting(), MARGIN, WIDTH, BODY);
        pages.down(8);
    }

    private static void lines(PdfPages pages, PdfTextLayout text, String s, float x, float width, float size)
            throws IOException {
        for (String line : text.wrap(s, size, width)) {
            pages.text(line, x, pages.y() - size, size);
            pages.down(size * 1.45f);
        }
    }
}
