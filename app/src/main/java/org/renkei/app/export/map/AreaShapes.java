package org.renkei.app.export.map;

import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/** Municipal polygons as Java2D shapes in viewport units, and where a name fits inside the visible part. */
final class AreaShapes {
    private AreaShapes() {
    }

    static Path2D path(Municipality m, Viewport v) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (GeoPolygon poly : m.polygons()) {
            ring(p, poly.outer(), v);
            for (double[] hole : poly.holes()) {
                ring(p, hole, v);
            }
        }
        return p;
    }

    private static void ring(Path2D p, double[] r, Viewport v) {
        p.moveTo(v.x(r[0]), v.y(r[1]));
        for (int i = 2; i < r.length; i += 2) {
            p.lineTo(v.x(r[i]), v.y(r[i + 1]));
        }
        p.closePath();
    }

    /**
     * A point well inside the part of the shape visible in {@code frame}: the centroid of that part when it lies
     * inside it, else the middle of the widest run across the centroid's row; null when too little is visible.
     */
    static Point2D labelPoint(Path2D shape, Rectangle2D frame, double minArea) {
        Area visible = new Area(shape);
        visible.intersect(new Area(frame));
        if (visible.isEmpty()) {
            return null;
        }
        double[] c = centroid(visible);
        if (c == null || Math.abs(c[2]) < minArea) {
            return null;
        }
        if (visible.contains(c[0], c[1])) {
            return new Point2D.Double(c[0], c[1]);
        }
        Rectangle2D b = visible.getBounds2D();
        double step = Math.max(1, b.getWidth() / 200);
        double bestStart = 0;
        double bestLen = 0;
        double start = Double.NaN;
        for (double x = b.getMinX(); x <= b.getMaxX() + step; x += step) {
            boolean in = x <= b.getMaxX() && visible.contains(x, c[1]);
            if (in && Double.isNaN(start)) {
                start = x;
            } else if (!in && !Double.isNaN(start)) {
                if (x - start > bestLen) {
                    bestLen = x - start;
                    bestStart = start;
                }
                start = Double.NaN;
            }
        }
        return bestLen > 0 ? new Point2D.Double(bestStart + bestLen / 2, c[1]) : null;
    }

    /** {x, y, area} of a flattened shape (outer and inner contours cancel by orientation), or null. */
    private static double[] centroid(Area a) {
        double sa = 0;
        double sx = 0;
        double sy = 0;
        double[] s = new double[6];
        double fx = 0;
        double fy = 0;
        double px = 0;
        double py = 0;
        for (PathIterator it = a.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(s);
            if (type == PathIterator.SEG_MOVETO) {
                fx = s[0];
                fy = s[1];
                px = fx;
                py = fy;
                continue;
            }
            double x = type == PathIterator.SEG_CLOSE ? fx : s[0];
            double y = type == PathIterator.SEG_CLOSE ? fy : s[1];
            double cross = px * y - x * py;
            sa += cross;
            sx += (px + x) * cross;
            sy += (py + y) * cross;
            px = x;
            py = y;
        }
        if (sa == 0) {
            return null;
        }
        return new double[] {sx / (3 * sa), sy / (3 * sa), sa / 2};
    }
}
