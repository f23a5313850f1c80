package org.renkei.app.export.handout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.renkei.app.export.JapaneseFont;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.export.map.MapStyle;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes laid-out pages as an A4 PDF: all text as real text in the embedded bundled font (searchable, sharp at
 * any zoom), the map as a lossless image at {@link #MAP_DPI}.
 */
public final class PdfPainter {
    static final double MAP_DPI = 250;
    private static final double K = 0.5523;          // Bézier handle length for a quarter circle
    private final MapRenderer renderer;

    public PdfPainter(MapRenderer renderer) {
        this.renderer = renderer;
    }

    public void write(List<Page> pages, String title, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("Renkei Desk");
            PDType0Font font = JapaneseFont.pdf(doc);
            for (Page p : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (PageOp op : p.ops()) {
                        draw(doc, cs, font, op);
                    }
                }
            }
            doc.save(out);
        }
    }

    private void draw(PDDocument doc, PDPageContentStream cs, PDType0Font font, PageOp op) throws IOException {
        if (op instanceof PageOp.Text t) {
            text(cs, font, t.text(), t.size(), t.color(), t.x(), t.baseline());
        } else if (op instanceof PageOp.Box b) {
            cs.addRect((float) b.x(), flip(b.y() + b.h()), (float) b.w(), (float) b.h());
            if (b.fill() != null && b.stroke() != null) {
                cs.setNonStrokingColor(b.fill());
                cs.setStrokingColor(b.stroke());
                cs.setLineWidth(b.lineWidth());
                cs.fillAndStroke();
            } else if (b.fill() != null) {
                cs.setNonStrokingColor(b.fill());
                cs.fill();
            } else {
                cs.setStrokingColor(b.stroke());
                cs.setLineWidth(b.lineWidth());
                cs.stroke();
            }
        } else if (op instanceof PageOp.Line l) {
            cs.setStrokingColor(l.color());
            cs.setLineWidth(l.width());
            cs.moveTo((float) l.x1(), flip(l.y1()));
            cs.lineTo((float) l.x2(), flip(l.y2()));
            cs.stroke();
        } else if (op instanceof PageOp.Pin p) {
            circle(cs, p.cx(), p.cy(), p.r());
            cs.setNonStrokingColor(p.fill());
            cs.fill();
            String n = Integer.toString(p.number());
            float size = PinText.size(n, p.r());
            double w = font.getStringWidth(n) / 1000 * size;
            double capHeight = font.getFontDescriptor().getCapHeight() / 1000 * size;
            text(cs, font, n, size, Color.WHITE, p.cx() - w / 2, p.cy() + capHeight / 2);
        } else if (op instanceof PageOp.Map m) {
            map(doc, cs, m);
        }
    }

    private void map(PDDocument doc, PDPageContentStream cs, PageOp.Map m) throws IOException {
        double scale = MAP_DPI / 72;
        int w = (int) Math.round(m.view().width() * scale);
        int h = (int) Math.round(m.view().height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(scale, scale);
            renderer.render(g, m.scene(), m.view(), MapStyle.PRINT);
        } finally {
            g.dispose();
        }
        PDImageXObject image = LosslessFactory.createFromImage(doc, img);
        cs.drawImage(image, (float) m.x(), flip(m.y() + m.view().height()), (float) m.view().width(),
                (float) m.view().height());
    }

    private static void text(PDPageContentStream cs, PDType0Font font, String s, float size, Color color, double x,
                             double baseline) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset((float) x, flip(baseline));
        cs.showText(s);
        cs.endText();
    }

    private static void circle(PDPageContentStream cs, double cx, double cyTop, double r) throws IOException {
        float x = (float) cx;
        float y = flip(cyTop);
        float rr = (float) r;
        float k = (float) (r * K);
        cs.moveTo(x + rr, y);
        cs.curveTo(x + rr, y + k, x + k, y + rr, x, y + rr);
        cs.curveTo(x - k, y + rr, x - rr, y + k, x - rr, y);
        cs.curveTo(x - rr, y - k, x - k, y - rr, x, y - rr);
        cs.curveTo(x + k, y - rr, x + rr, y - k, x + rr, y);
        cs.closePath();
    }

    private static float flip(double yFromTop) {
        return (float) (Page.HEIGHT - yFromTop);
    }
}
