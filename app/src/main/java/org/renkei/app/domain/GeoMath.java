package org.renkei.app.domain;

/** Great-circle distance. */
public final class GeoMath {
    /** Mean Earth radius (IUGG), the value the matching definition uses. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GeoMath() {
    }

    /** Haversine distance in kilometres. */
    public static double km(double lat1, double lng1, double lat2, double lng2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Latitude span in degrees covering {@code km}. */
    public static double latSpan(double km) {
        return Math.toDegrees(km / EARTH_RADIUS_KM);
    }

    /** Longitude span in degrees covering {@code km} at latitude {@code lat}. */
    public static double lngSpan(double km, double lat) {
        double cos = Math.max(0.01, Math.cos(Math.toRadians(lat)));
        return Math.toDegrees(km / (EARTH_RADIUS_KM * cos));
    }
}
