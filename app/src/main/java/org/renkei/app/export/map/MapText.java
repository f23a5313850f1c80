package org.renkei.app.export.map;

import org.renkei.app.export.JapaneseFont;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/** Text on the map: the bundled Japanese font, drawn with a white halo so it reads over lines and fills. */
final class MapText {
    private static final FontRenderContext FRC = new FontRenderContext(new AffineTransform(), true, true);

    private MapText() {
    }

    static TextLayout layout(String text, float size) {
        return new TextLayout(text, JapaneseFont.awt(size), FRC);
    }

    /** The box the text takes when its baseline starts at (x, y). */
    static Rectangle2D bounds(TextLayout t, double x, double y) {
        return new Rectangle2D.Double(x, y - t.getAscent(), t.getAdvance(), t.getAscent() + t.getDescent());
    }

    /** Top-left of a layout centred on (cx, cy) → its baseline origin. */
    static double baselineForCentre(TextLayout t, double cy) {
        return cy + (t.getAscent() - t.getDescent()) / 2;
    }

    static void draw(Graphics2D g, TextLayout t, double x, double y, Color ink, double halo) {
        Shape outline = t.getOutline(AffineTransform.getTranslateInstance(x, y));
        if (halo > 0) {
            g.setColor(new Color(255, 255, 255, 230));
            g.setStroke(new BasicStroke((float) halo, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(ink);
        g.fill(outline);
    }
}
