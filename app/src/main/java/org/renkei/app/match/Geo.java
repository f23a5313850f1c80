package org.renkei.app.match;

/** Great-circle distances (haversine) and the integer distance unit used for ranking. */
final class Geo {
    static final double EARTH_RADIUS_KM = 6371.0088;
    /** Distances are ranked in nanometres (1e-12 km), so sums are exact and order-independent. */
    static final double UNITS_PER_KM = 1e12;

    private Geo() {
    }

    static double haversineKm(double lat1, double lng1, double lat2, double lng2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lng2 - lng1);
        double s = Math.sin(dp / 2);
        double t = Math.sin(dl / 2);
        double h = s * s + Math.cos(p1) * Math.cos(p2) * t * t;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    static long units(double km) {
        return Math.round(km * UNITS_PER_KM);
    }

    /** Preference in integer units (1e-9) so sums are exact. */
    static long prefUnits(double preference) {
        return Math.round(preference * 1e9);
    }
}
