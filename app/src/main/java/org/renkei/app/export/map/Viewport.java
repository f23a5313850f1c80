package org.renkei.app.export.map;

import org.renkei.app.domain.GeoMath;

import java.awt.geom.Point2D;

/**
 * What part of the ground a map shows and at what scale: a local equirectangular projection around the centre
 * (x east, y south, in drawing units: points on paper, pixels on screen). Over the few kilometres of a
 * handout map its distortion is far below a pixel (scale error under 0.1% within 10 km of the centre).
 *
 * @param metresPerUnit ground metres per drawing unit
 */
public record Viewport(double centerLat, double centerLng, double metresPerUnit, double width, double height) {
    /** Metres per degree of latitude on the matcher's sphere. */
    public static final double METRES_PER_DEGREE = Math.toRadians(1) * GeoMath.EARTH_RADIUS_KM * 1000;

    public Viewport {
        new LatLng(centerLat, centerLng);
        if (!(metresPerUnit > 0) || !Double.isFinite(metresPerUnit) || !(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("bad viewport: " + metresPerUnit + " m/unit, " + width + "x" + height);
        }
    }

    private double kx() {
        return METRES_PER_DEGREE * Math.cos(Math.toRadians(centerLat));
    }

    public double x(double lng) {
        return width / 2 + (lng - centerLng) * kx() / metresPerUnit;
    }

    public double y(double lat) {
        return height / 2 - (lat - centerLat) * METRES_PER_DEGREE / metresPerUnit;
    }

    public Point2D project(double lat, double lng) {
        return new Point2D.Double(x(lng), y(lat));
    }

    public Point2D project(LatLng p) {
        return project(p.lat(), p.lng());
    }

    public LatLng unproject(double x, double y) {
        return new LatLng(centerLat - (y - height / 2) * metresPerUnit / METRES_PER_DEGREE,
                centerLng + (x - width / 2) * metresPerUnit / kx());
    }

    /** The ground the viewport shows, as a latitude/longitude box. */
    public GeoMath.Box box() {
        LatLng nw = unproject(0, 0);
        LatLng se = unproject(width, height);
        return new GeoMath.Box(se.lat(), nw.lat(), nw.lng(), se.lng());
    }

    /** Moves the picture by (dx, dy) units, as dragging it does. */
    public Viewport panBy(double dx, double dy) {
        LatLng c = unproject(width / 2 - dx, height / 2 - dy);
        return new Viewport(c.lat(), c.lng(), metresPerUnit, width, height);
    }

    /** Zooms by {@code factor} (> 1 closer) keeping the ground under (x, y) in place. */
    public Viewport zoomAt(double factor, double x, double y) {
        LatLng anchor = unproject(x, y);
        double mpu = metresPerUnit / factor;
        Viewport scaled = new Viewport(centerLat, centerLng, mpu, width, height);
        Point2D moved = scaled.project(anchor);
        return scaled.panBy(x - moved.getX(), y - moved.getY());
    }

    /** Same centre and scale on a resized surface. */
    public Viewport withSize(double newWidth, double newHeight) {
        return new Viewport(centerLat, centerLng, metresPerUnit, newWidth, newHeight);
    }

    public Viewport withScale(double newMetresPerUnit) {
        return new Viewport(centerLat, centerLng, newMetresPerUnit, width, height);
    }
}
