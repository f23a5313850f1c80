package org.renkei.app.export.handout;

import org.renkei.app.export.map.RenderedMap;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;

/**
 * A page rendered to pixels, with where its map went: {@code map} holds positions in map units (points from the
 * map's corner at {@code (mapX, mapY)} on the page); {@code scale} is pixels per point.
 */
public record PageImage(BufferedImage image, RenderedMap map, double mapX, double mapY, double scale) {
    /** Where pin {@code number}'s centre is on the image, or null when the page has no such pin. */
    public Point2D pinOnImage(int number) {
        Point2D p = map == null ? null : map.pins().get(number);
        return p == null ? null : onImage(p);
    }

    /** Where the home marker's centre is on the image, or null. */
    public Point2D homeOnImage() {
        return map == null || map.home() == null ? null : onImage(map.home());
    }

    private Point2D onImage(Point2D mapPoint) {
        return new Point2D.Double((mapX + mapPoint.getX()) * scale, (mapY + mapPoint.getY()) * scale);
    }
}
