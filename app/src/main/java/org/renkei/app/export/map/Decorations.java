package org.renkei.app.export.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/** Scale bar (bottom left), north arrow (top right) and the data credit (bottom right). */
final class Decorations {
    private static final String NORTH = "北";

    private Decorations() {
    }

    static double pad(MapStyle s) {
        return s.smallFont() * 0.9;
    }

    /**
     * Where the scale bar goes, reserved before labels are placed: bottom left, lifted above the data credit
     * ({@code credit}, null when none is drawn) where a narrow map would put the two on top of each other.
     */
    static Rectangle2D scaleBarBox(ScaleBar bar, Viewport v, MapStyle s, Rectangle2D credit) {
        double p = pad(s);
        double h = s.smallFont() * 2.6;
        Rectangle2D low = new Rectangle2D.Double(p, v.height() - p - h, bar.length() + 2 * p, h);
        if (credit == null || !low.intersects(credit)) {
            return low;
        }
        return new Rectangle2D.Double(p, credit.getY() - p * 0.5 - h, bar.length() + 2 * p, h);
    }

    static void drawScaleBar(Graphics2D g, ScaleBar bar, Rectangle2D box, MapStyle s) {
        plate(g, box, s);
        double p = pad(s);
        double x0 = box.getX() + p;
        double y = box.getMaxY() - p * 0.8;
        double tick = s.smallFont() * 0.5;
        g.setColor(MapStyle.INK);
        g.setStroke(new BasicStroke(s.smallFont() / 5f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        Path2D line = new Path2D.Double();
        line.moveTo(x0, y - tick);
        line.lineTo(x0, y);
        line.lineTo(x0 + bar.length(), y);
        line.lineTo(x0 + bar.length(), y - tick);
        g.draw(line);
        TextLayout t = MapText.layout(bar.label(), s.smallFont() * 1.2f);
        MapText.draw(g, t, x0 + (bar.length() - t.getAdvance()) / 2, y - tick * 0.9, MapStyle.INK, 0);
    }

    static Rectangle2D northBox(Viewport v, MapStyle s) {
        double size = s.smallFont() * 3.4;
        double p = pad(s);
        return new Rectangle2D.Double(v.width() - p - size, p, size, size * 1.3);
    }

    static void drawNorthArrow(Graphics2D g, Viewport v, MapStyle s) {
        Rectangle2D box = northBox(v, s);
        plate(g, box, s);
        double cx = box.getCenterX();
        TextLayout t = MapText.layout(NORTH, s.smallFont() * 1.4f);
        double textTop = box.getY() + s.smallFont() * 0.3;
        MapText.draw(g, t, cx - t.getAdvance() / 2, textTop + t.getAscent(), MapStyle.INK, 0);
        double top = textTop + t.getAscent() + t.getDescent() + 1;
        double bottom = box.getMaxY() - s.smallFont() * 0.4;
        double w = box.getWidth() * 0.28;
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(cx, top);
        arrow.lineTo(cx + w, bottom);
        arrow.lineTo(cx, bottom - (bottom - top) * 0.3);
        arrow.lineTo(cx - w, bottom);
        arrow.closePath();
        g.setColor(MapStyle.INK);
        g.fill(arrow);
    }

    static Rectangle2D creditBox(List<String> lines, Viewport v, MapStyle s) {
        double p = s.smallFont() * 0.4;
        double w = 0;
        double h = 2 * p;
        for (String line : lines) {
            TextLayout t = MapText.layout(line, s.smallFont());
            w = Math.max(w, t.getAdvance());
            h += t.getAscent() + t.getDescent();
        }
        return new Rectangle2D.Double(v.width() - w - 2 * p, v.height() - h, w + 2 * p, h);
    }

    static void drawCredit(Graphics2D g, List<String> lines, Viewport v, MapStyle s) {
        Rectangle2D box = creditBox(lines, v, s);
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(box);
        double p = s.smallFont() * 0.4;
        double y = box.getY() + p;
        for (String line : lines) {
            TextLayout t = MapText.layout(line, s.smallFont());
            MapText.draw(g, t, box.getMaxX() - p - t.getAdvance(), y + t.getAscent(), MapStyle.INK, 0);
            y += t.getAscent() + t.getDescent();
        }
    }

    private static void plate(Graphics2D g, Rectangle2D box, MapStyle s) {
        double arc = s.smallFont() * 0.8;
        RoundRectangle2D r = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(),
                arc, arc);
        g.setColor(new Color(255, 255, 255, 220));
        g.fill(r);
        g.setColor(new Color(0, 0, 0, 70));
        g.setStroke(new BasicStroke(s.smallFont() / 12f));
        g.draw(r);
    }
}
