package org.renkei.app.export.letter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;

/**
 * A4 pages drawn top to bottom: a cursor {@link #y()} that moves down, a new page when the next block does not fit,
 * text and boxes in points from the page's lower-left corner, page numbers added at the end.
 */
final class PdfPages implements AutoCloseable {
    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN = 50;
    static final float TOP = A4.getHeight() - MARGIN;
    static final float BOTTOM = 56;
    static final float WIDTH = A4.getWidth() - 2 * MARGIN;

    private final PDDocument doc;
    private final PdfTextLayout text;
    private final String runningHead;
    private PDPageContentStream out;
    private float y;

    PdfPages(PDDocument doc, PdfTextLayout text, String runningHead) throws IOException {
        this.doc = doc;
        this.text = text;
        this.runningHead = runningHead;
        newPage();
    }

    float y() {
        return y;
    }

    void down(float dy) {
        y -= dy;
    }

    /** Room left above the bottom margin. */
    float room() {
        return y - BOTTOM;
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
        if (doc.getNumberOfPages() > 1) {
            text(runningHead, MARGIN, y - 9, 9);
            y -= 20;
        }
    }

    /** Draws one line of text with its baseline at {@code baseline}; the text must be printable. */
    void text(String line, float x, float baseline, float size) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(text.font(), size);
        out.newLineAtOffset(x, baseline);
        out.showText(text.printable(line));
        out.endText();
    }

    void textRight(String line, float right, float baseline, float size) throws IOException {
        text(line, right - text.width(text.printable(line), size), baseline, size);
    }

    void textCentered(String line, float center, float baseline, float size) throws IOException {
        text(line, center - text.width(text.printable(line), size) / 2, baseline, size);
    }

    /** A box with its top-left corner at ({@code x}, {@code top}); filled with {@code grey} (0–1) unless negative. */
    void box(float x, float top, float w, float h, float grey) throws IOException {
        if (grey >= 0) {
            out.setNonStrokingColor(grey, grey, grey);
            out.addRect(x, top - h, w, h);
            out.fill();
            out.setNonStrokingColor(0f, 0f, 0f);
        }
        out.setLineWidth(0.6f);
        out.addRect(x, top - h, w, h);
        out.stroke();
    }

    void image(PDImageXObject image, float x, float top, float w, float h) throws IOException {
        out.drawImage(image, x, top - h, w, h);
    }

    /** Writes {@code n / N} at the foot of every page; call once, after the last drawing. */
    void numberPages() throws IOException {
        closeStream();
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = (i + 1) + " / " + total;
                foot.beginText();
                foot.setFont(text.font(), 9);
                foot.newLineAtOffset(A4.getWidth() / 2 - text.width(label, 9) / 2, 30);
                foot.showText(label);
                foot.endText();
            }
        }
    }

    private void closeStream() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }
}
