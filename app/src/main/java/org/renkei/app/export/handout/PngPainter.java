package org.renkei.app.export.handout;

import org.renkei.app.export.JapaneseFont;
import org.renkei.app.export.map.MapRenderer;
import org.renkei.app.export.map.MapStyle;
import org.renkei.app.export.map.RenderedMap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Draws a laid-out page with Java2D: the whole page as one image (the map drawn directly, not pasted). */
public final class PngPainter {
    private final MapRenderer renderer;

    public PngPainter(MapRenderer renderer) {
        this.renderer = renderer;
    }

    public PageImage paint(Page page, double dpi) {
        double scale = dpi / 72.0;
        int w = (int) Math.round(Page.WIDTH * scale);
        int h = (int) Math.round(Page.HEIGHT * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        RenderedMap map = null;
        double mapX = 0;
        double mapY = 0;
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            for (PageOp op : page.ops()) {
                if (op instanceof PageOp.Map m) {
                    Graphics2D mg = (Graphics2D) g.create();
                    mg.translate(m.x(), m.y());
                    map = renderer.render(mg, m.scene(), m.view(), MapStyle.PRINT);
                    mg.dispose();
                    mapX = m.x();
                    mapY = m.y();
                } else {
                    draw(g, op);
                }
            }
        } finally {
            g.dispose();
        }
        return new PageImage(img, map, mapX, mapY, scale);
    }

    private static void draw(Graphics2D g, PageOp op) {
        if (op instanceof PageOp.Text t) {
            g.setColor(t.color());
            g.fill(layout(g, t.text(), t.size()).getOutline(AffineTransform.getTranslateInstance(t.x(), t.baseline())));
        } else if (op instanceof PageOp.Box b) {
            Rectangle2D r = new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h());
            if (b.fill() != null) {
                g.setColor(b.fill());
                g.fill(r);
            }
            if (b.stroke() != null) {
                g.setColor(b.stroke());
                g.setStroke(new BasicStroke(b.lineWidth()));
                g.draw(r);
            }
        } else if (op instanceof PageOp.Line l) {
            g.setColor(l.color());
            g.setStroke(new BasicStroke(l.width()));
            g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
        } else if (op instanceof PageOp.Pin p) {
            g.setColor(p.fill());
            g.fill(new Ellipse2D.Double(p.cx() - p.r(), p.cy() - p.r(), 2 * p.r(), 2 * p.r()));
            String n = Integer.toString(p.number());
            TextLayout t = layout(g, n, PinText.size(n, p.r()));
            g.setColor(Color.WHITE);
            g.fill(t.getOutline(AffineTransform.getTranslateInstance(
                    p.cx() - t.getAdvance() / 2, p.cy() + (t.getAscent() - t.getDescent()) / 2)));
        } else {
            throw new IllegalStateException("not drawn here: " + op);
        }
    }

    private static TextLayout layout(Graphics2D g, String text, float size) {
        return new TextLayout(text, JapaneseFont.awt(size), g.getFontRenderContext());
    }
}
