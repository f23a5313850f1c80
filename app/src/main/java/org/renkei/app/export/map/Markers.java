package org.renkei.app.export.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/** The home marker (a house with 家, labelled ご自宅) and the numbered clinic pins. */
final class Markers {
    static final String HOME_GLYPH = "家";
    static final String HOME_LABEL = "ご自宅";

    private Markers() {
    }

    /** The square the home marker covers around its centre. */
    static Rectangle2D homeBox(Point2D c, MapStyle s) {
        double h = s.pinRadius() * 1.25;
        return new Rectangle2D.Double(c.getX() - h, c.getY() - h * 1.25, 2 * h, h * 2.25);
    }

    static Rectangle2D pinBox(Point2D c, MapStyle s) {
        double r = s.pinRadius() + 1;
        return new Rectangle2D.Double(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
    }

    static void drawHome(Graphics2D g, Point2D c, MapStyle s) {
        double h = s.pinRadius() * 1.25;
        double x = c.getX();
        double y = c.getY();
        Path2D house = new Path2D.Double();
        house.moveTo(x, y - h * 1.25);                 // roof top
        house.lineTo(x + h, y - h * 0.2);
        house.lineTo(x + h * 0.8, y - h * 0.2);
        house.lineTo(x + h * 0.8, y + h);
        house.lineTo(x - h * 0.8, y + h);
        house.lineTo(x - h * 0.8, y - h * 0.2);
        house.lineTo(x - h, y - h * 0.2);
        house.closePath();
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (s.pinRadius() / 4), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(house);
        g.setColor(MapStyle.HOME);
        g.fill(house);
        TextLayout t = MapText.layout(HOME_GLYPH, s.pinFont() * 0.9f);
        MapText.draw(g, t, x - t.getAdvance() / 2, MapText.baselineForCentre(t, y + h * 0.3), Color.WHITE, 0);
    }

    static void drawPin(Graphics2D g, Point2D c, int number, MapStyle s, boolean selected) {
        double r = s.pinRadius();
        if (selected) {
            double ring = r * 1.55;
            Ellipse2D halo = new Ellipse2D.Double(c.getX() - ring, c.getY() - ring, 2 * ring, 2 * ring);
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke((float) (r / 2.2)));
            g.draw(halo);
            g.setColor(MapStyle.PIN);
            g.setStroke(new BasicStroke((float) (r / 5)));
            g.draw(halo);
        }
        Ellipse2D circle = new Ellipse2D.Double(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
        g.setColor(new Color(0, 0, 0, 60));
        g.fill(new Ellipse2D.Double(c.getX() - r + r / 8, c.getY() - r + r / 6, 2 * r, 2 * r));
        g.setColor(MapStyle.PIN);
        g.fill(circle);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (r / 6)));
        g.draw(circle);
        String text = Integer.toString(number);
        float size = text.length() > 1 ? s.pinFont() * 0.8f : s.pinFont();
        TextLayout t = MapText.layout(text, size);
        double x = c.getX() - t.getAdvance() / 2;
        double y = MapText.baselineForCentre(t, c.getY());
        g.setStroke(new BasicStroke(size / 18f));
        g.draw(t.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y)));   // a little bolder
        MapText.draw(g, t, x, y, Color.WHITE, 0);
    }
}
