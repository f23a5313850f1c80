package org.renkei.app.domain;

/** Great-circle distance and the bounding box of a distance circle. */
public final class GeoMath {
    /** Mean Earth radius (IUGG), the value the matching definition uses. */
    public static final double EARTH_RADIUS_KM = 6371.0088;
    /** No two points on Earth are farther apart than this (half the circumference). */
    public static final double MAX_KM = Math.PI * EARTH_RADIUS_KM;

    private GeoMath() {
    }

    /** Haversine distance in kilometres. */
    public static double km(double lat1, double lng1, double lat2, double lng2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng1);
        double s = Math.sin(dp / 2);
        double t = Math.sin(dl / 2);
        double h = s * s + Math.cos(p1) * Math.cos(p2) * t * t;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** A latitude / longitude box in degrees (longitudes may run past ±180; Japan never does). */
    public record Box(double minLat, double maxLat, double minLng, double maxLng) {
    }

    /**
     * The smallest latitude/longitude box holding every point within {@code km} of the centre: the longitude
     * half-width is taken at the latitude where the circle is widest, so no point on the circle's east or west
     * edge falls outside. Distances beyond {@link #MAX_KM} cover the whole Earth.
     */
    public static Box box(double lat, double lng, double km) {
        double d = Math.min(Math.max(km, 0), MAX_KM);
        double dLat = Math.toDegrees(d / EARTH_RADIUS_KM) + 1e-9;
        double minLat = Math.max(-90, lat - dLat);
        double maxLat = Math.min(90, lat + dLat);
        double band = Math.max(Math.abs(minLat), Math.abs(maxLat));
        double s = Math.sin(d / (2 * EARTH_RADIUS_KM)) / Math.cos(Math.toRadians(Math.min(band, 89.999)));
        double dLng = band >= 90 || s >= 1 ? 180 : Math.toDegrees(2 * Math.asin(s)) + 1e-9;
        return new Box(minLat, maxLat, lng - dLng, lng + dLng);
    }
}
